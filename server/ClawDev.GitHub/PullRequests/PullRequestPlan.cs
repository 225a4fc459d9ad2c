using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.PullRequests;

/// <summary>
/// Everything drafting will do, computed without changing anything: shown to the user, confirmed, then executed.
/// </summary>
public sealed record PullRequestPlan
{
    public required PullRequestRequest Request { get; init; }

    /// <summary>The top of the work tree.</summary>
    public required string WorkTree { get; init; }

    public required RepositoryId Upstream { get; init; }

    public required string UpstreamRemote { get; init; }

    public required string BaseBranch { get; init; }

    /// <summary>The branch checked out now, or null when HEAD is detached.</summary>
    public required string? CurrentBranch { get; init; }

    /// <summary>The branch the commit goes on: the current one, or a new one when on the default branch.</summary>
    public required string Branch { get; init; }

    public required bool CreatesBranch { get; init; }

    /// <summary>Whose repository the branch is pushed to; null when not known yet (no login, no fork remote).</summary>
    public required string? HeadOwner { get; init; }

    /// <summary>The remote pushed to, or null when a fork must first be created (through the host) and added.</summary>
    public required string? PushRemote { get; init; }

    /// <summary>Every changed file, classified, with diff stats.</summary>
    public required IReadOnlyList<ChangedFile> Files { get; init; }

    /// <summary>The files the commit includes.</summary>
    public required IReadOnlyList<ChangedFile> Included { get; init; }

    /// <summary>Changed files left out: shown so that the user can choose them (<see cref="PullRequestRequest.Files"/>).</summary>
    public IReadOnlyList<ChangedFile> Unrelated => [.. Files.Where(f => !Included.Contains(f))];

    public required IReadOnlyList<PreflightCheck> Checklist { get; init; }

    /// <summary>A blocking check fails: executing the plan stops before anything changes.</summary>
    public bool IsBlocked => Checklist.Any(c => c.Status == CheckStatus.Blocking) || Included.Count == 0;

    public required string Title { get; init; }

    public required string Body { get; init; }

    public required string CommitMessage { get; init; }

    /// <summary>The repository asks for an AI-use statement (a CONTRIBUTING.md rule, or the template's own AI
    /// section): an editor asks the user before confirming (<see cref="PullRequestRequest.AiAssistance"/>).</summary>
    public bool AsksAiDisclosure { get; init; }

    /// <summary>The repository's pull request templates (a choice when several).</summary>
    public required IReadOnlyList<PullRequestTemplate> Templates { get; init; }

    public required PullRequestTemplate? Template { get; init; }

    /// <summary>Said when several documentation changes across files go into one pull request.</summary>
    public required string? Bundle { get; init; }

    /// <summary>Things the user should know (a guide that could not be read, an unknown login).</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The error GitHub answered a planning question with (e.g. 401 for the login), so the caller can act on
    /// its kind — drop a refused token — besides showing the note; null when every question was answered.</summary>
    public HostError? HostFailure { get; init; }

    /// <summary>The state of the work tree when planned; executing refuses if it changed since.</summary>
    public required string StatusFingerprint { get; init; }

    /// <summary>The exact target: <c>owner/repo:main ← you/repo:docs/branch</c>.</summary>
    public string Target => $"{Upstream.FullName}:{BaseBranch} ← {HeadOwner ?? "(your fork)"}/{Upstream.Name}:{Branch}";
}
