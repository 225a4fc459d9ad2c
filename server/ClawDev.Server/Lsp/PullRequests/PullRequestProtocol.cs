using ClawDev.GitHub.PullRequests;
using Plan = ClawDev.GitHub.PullRequests.PullRequestPlan;

namespace ClawDev.Server.Lsp.PullRequests;

/// <summary>The drafter's plan and outcome in the shapes of <c>clawdev/draftPullRequest</c> (also the CLI's JSON).</summary>
internal static class PullRequestProtocol
{
    public static PullRequestPlan ToProtocol(Plan plan, string planId) => new(
        planId,
        plan.Target,
        plan.Branch,
        plan.Title,
        plan.Body,
        plan.CommitMessage,
        [.. plan.Included.Select(f => new PlannedFile(f.Path, f.Stat.Added ?? 0, f.Stat.Removed ?? 0, f.IsDocumentation))],
        [.. plan.Unrelated.Select(f => new UnrelatedChange(f.Path, f.Stat.Added ?? 0, f.Stat.Removed ?? 0))],
        [.. plan.Templates.Select(t => t.Path)],
        [.. plan.Checklist.Select(ToProtocol)],
        plan.IsBlocked)
    {
        Bundle = plan.Bundle,
        Notes = plan.Notes.Count > 0 ? plan.Notes : null,
        AiDisclosure = plan.AsksAiDisclosure ? true : null,
    };

    /// <summary>The answer to the AI-use question as the drafter takes it: null when none were used ("" or blanks).</summary>
    public static string? AiAssistanceOf(string answer) => answer.Trim() is { Length: > 0 } how ? how : null;

    public static PullRequestExecution ToProtocol(PullRequestOutcome outcome) => new([.. outcome.Steps.Select(ToProtocol)])
    {
        PullRequestUrl = outcome.PullRequest?.HtmlUrl.AbsoluteUri,
        CompareUrl = outcome.CompareUrl,
        Retry = outcome.RetryCommand,
    };

    public static ChecklistItem ToProtocol(PreflightCheck check) => new(CheckNames.Of(check), StatusOf(check.Status), check.Reason)
    {
        Source = $"{check.Rule.Source.Document}:{check.Rule.Source.Line}",
    };

    public static ExecutionStep ToProtocol(DraftStep step) => new(StepName(step.Kind), step.Status != StepStatus.Failed, step.Message);

    public static string StepName(DraftStepKind kind) => kind switch
    {
        DraftStepKind.Preflight => "checks",
        DraftStepKind.CreateBranch => "branch",
        DraftStepKind.Commit => "commit",
        DraftStepKind.Fork => "fork",
        DraftStepKind.AddRemote => "remote",
        DraftStepKind.Push => "push",
        _ => "pull request",
    };

    private static string StatusOf(CheckStatus status) => status switch
    {
        CheckStatus.Pass => ChecklistStatus.Pass,
        CheckStatus.Advisory => ChecklistStatus.Advisory,
        _ => ChecklistStatus.Blocking,
    };
}
