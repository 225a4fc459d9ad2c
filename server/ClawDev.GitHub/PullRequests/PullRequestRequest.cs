using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.PullRequests;

/// <summary>What the user asks for: a pull request from the changes in <see cref="RepositoryPath"/> to <see cref="Upstream"/>.</summary>
/// <param name="RepositoryPath">Any directory inside the work tree.</param>
/// <param name="Upstream">The repository the pull request goes to (from upstream detection).</param>
public sealed record PullRequestRequest(string RepositoryPath, RepositoryId Upstream)
{
    /// <summary>The remote that points at the upstream; null to find it (the remote whose URL names the upstream, else "upstream").</summary>
    public string? UpstreamRemote { get; init; }

    /// <summary>The remote of the user's fork, which the branch is pushed to; null to find it (see <c>RemoteRoles.Fork</c>).</summary>
    public string? ForkRemote { get; init; }

    /// <summary>The user's GitHub login; null to ask the host, or to read it from the fork remote's URL.</summary>
    public string? Login { get; init; }

    /// <summary>The issue the work started from: "Fixes #N" and the branch name.</summary>
    public int? IssueNumber { get; init; }

    public string? IssueTitle { get; init; }

    /// <summary>Whether the issue is assigned to the user, when known.</summary>
    public bool? IssueAssignedToYou { get; init; }

    /// <summary>How AI tools helped, in the user's words; null when none were used.</summary>
    public string? AiAssistance { get; init; }

    /// <summary>The paths to include; null for every documentation change (unrelated changes are then listed, not included).</summary>
    public IReadOnlyList<string>? Files { get; init; }

    /// <summary>The template to fill (a path from <see cref="PullRequestPlan.Templates"/>); null for the default.</summary>
    public string? TemplatePath { get; init; }

    /// <summary>The base branch; null for the upstream's default branch.</summary>
    public string? BaseBranch { get; init; }

    /// <summary>Push the branch to the upstream itself instead of a fork. Only when the user chose it.</summary>
    public bool PushToUpstream { get; init; }
}
