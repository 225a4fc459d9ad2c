using ClawDev.GitHub.Api;

namespace ClawDev.GitHub.PullRequests;

public enum DraftStepKind
{
    Preflight,
    CreateBranch,
    Commit,
    Fork,
    AddRemote,
    Push,
    CreatePullRequest,
}

public enum StepStatus
{
    Done,
    Skipped,
    Failed,
}

/// <summary>One step of drafting as it happened, for progress and the final report.</summary>
public sealed record DraftStep(DraftStepKind Kind, StepStatus Status, string Message)
{
    public override string ToString() => $"{Kind} {Status}: {Message}";
}

/// <summary>How drafting ended.</summary>
/// <param name="Steps">Every step taken, in order; the last failed one says why drafting stopped.</param>
/// <param name="CommitId">The commit made, when one was.</param>
/// <param name="PullRequest">The draft pull request, when one was opened (or already existed).</param>
/// <param name="CompareUrl">The prefilled "open a pull request" page, when no pull request was opened through the API.</param>
/// <param name="RetryCommand">After a failed push: the exact command to retry it.</param>
/// <param name="HostFailure">The error GitHub answered with when a GitHub step failed: its kind tells the caller
/// what to do beyond showing the step (a refused token, 401, is dropped so that the next draft asks for a new one).</param>
public sealed record PullRequestOutcome(
    IReadOnlyList<DraftStep> Steps,
    string Branch,
    string? CommitId,
    CreatedPullRequest? PullRequest,
    string? CompareUrl,
    string? RetryCommand,
    HostError? HostFailure = null)
{
    /// <summary>No step failed.</summary>
    public bool Succeeded => Steps.All(s => s.Status != StepStatus.Failed);
}
