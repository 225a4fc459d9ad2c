using ClawDev.GitHub.Api;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.PullRequests;

/// <summary>
/// What pull-request drafting needs from GitHub, as plain data. The Octokit facade implements it; every call
/// returns a <see cref="HostResult{T}"/> instead of throwing for answers GitHub gives (401, 403, 404, 422, rate
/// limits, no network), so each step can report why it stopped.
/// </summary>
public interface IPullRequestHost
{
    /// <summary>The signed-in user's login.</summary>
    Task<HostResult<string>> GetViewerLoginAsync(CancellationToken cancellationToken);

    /// <summary>A repository and what the signed-in user may do there. 404 until a new fork exists.</summary>
    Task<HostResult<HostRepository>> GetRepositoryAsync(RepositoryId repository, CancellationToken cancellationToken);

    /// <summary>The assignees of an upstream issue (for "PRs must link an issue assigned to you").</summary>
    Task<HostResult<IReadOnlyList<string>>> GetIssueAssigneesAsync(RepositoryId repository, int issueNumber, CancellationToken cancellationToken);

    /// <summary>Asks GitHub to fork <paramref name="upstream"/> for the signed-in user (202: created asynchronously;
    /// an existing fork is returned as it is). The fork may not be usable yet: wait with <see cref="GetRepositoryAsync"/>.</summary>
    Task<HostResult<HostRepository>> CreateForkAsync(RepositoryId upstream, CancellationToken cancellationToken);

    /// <summary>Opens a draft pull request (201). GitHub's 422 "A pull request already exists for OWNER:BRANCH" is
    /// a success with <see cref="CreatedPullRequest.AlreadyExisted"/> and that pull request's number and URL.</summary>
    Task<HostResult<CreatedPullRequest>> CreateDraftPullRequestAsync(DraftPullRequest request, CancellationToken cancellationToken);
}

/// <summary>A repository as the host reports it.</summary>
/// <param name="CanPush">The signed-in user has push permission.</param>
/// <param name="CloneUrl">HTTPS clone URL.</param>
/// <param name="SshUrl">SSH clone URL (git@host:owner/name.git).</param>
public sealed record HostRepository(RepositoryId Id, string DefaultBranch, bool CanPush, string CloneUrl, string SshUrl);

/// <summary>A draft pull request to open: from <c>HeadOwner:HeadBranch</c> into <c>Upstream:BaseBranch</c>.</summary>
public sealed record DraftPullRequest(RepositoryId Upstream, string BaseBranch, string HeadOwner, string HeadBranch, string Title, string Body);

/// <summary>What GitHub answered instead of a value.</summary>
/// <param name="Problem">The problem as ClawDev.GitHub classified it: its kind, advice and retry time.</param>
/// <param name="Message">A sentence for the user: what GitHub said, and when to retry if it said so, in the words of
/// the edge that shows it (the editor words its advice otherwise than a terminal).</param>
public sealed record HostError(GitHubProblem Problem, string Message)
{
    public GitHubProblemKind Kind => Problem.Kind;
}

/// <summary>A value, or the error GitHub answered with.</summary>
public sealed record HostResult<T>
{
    private HostResult(T? value, HostError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public HostError? Error { get; }

    public bool Succeeded => Error is null;

    public static HostResult<T> Success(T value) => new(value, null);

    public static HostResult<T> Failure(GitHubProblem problem, string message) => new(default, new HostError(problem, message));
}
