using System.Text.Json.Serialization;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.PullRequests;

// clawdev/draftPullRequest (request, client → server): with execute false, the plan (nothing leaves the machine,
// nothing changes); with execute true, the plan carried out (branch, commit, push, draft pull request).

public sealed record DraftPullRequestParams(
    [property: JsonPropertyName("execute")] bool Execute)
{
    /// <summary>A file of the repository; null for the first workspace folder.</summary>
    [JsonPropertyName("uri")] public string? Uri { get; init; }

    /// <summary>The issue the work is for ("Fixes #N"); null to take it from the branch name, when it names one.</summary>
    [JsonPropertyName("issue")] public int? Issue { get; init; }

    /// <summary>With execute true: the plan the user confirmed (the server refuses when the changes moved since).</summary>
    [JsonPropertyName("planId")] public string? PlanId { get; init; }

    /// <summary>Unrelated changed files the user chose to include (paths relative to the repository).</summary>
    [JsonPropertyName("include")] public IReadOnlyList<string>? Include { get; init; }

    /// <summary>The pull-request template the user chose, one of <see cref="PullRequestPlan.Templates"/>.</summary>
    [JsonPropertyName("templateChoice")] public string? TemplateChoice { get; init; }

    /// <summary>The user's answer to the AI-use question (asked when <see cref="PullRequestPlan.AiDisclosure"/>): absent
    /// when not asked, "" when no AI tools were used, else how they helped — as <c>clawdev pr --ai-assisted HOW</c>.</summary>
    [JsonPropertyName("aiAssistance")] public string? AiAssistance { get; init; }

    /// <summary>LSP's work-done progress token: with execute true, each step is reported on it with <c>$/progress</c>.</summary>
    [JsonPropertyName("workDoneToken")] public ProgressToken? WorkDoneToken { get; init; }
}

/// <summary>
/// The answer of <c>clawdev/draftPullRequest</c>: a <see cref="PullRequestPlan"/> for execute false, a
/// <see cref="PullRequestExecution"/> for execute true. Written without a type marker: the request says which it is.
/// </summary>
[JsonDerivedType(typeof(PullRequestPlan))]
[JsonDerivedType(typeof(PullRequestExecution))]
public abstract record DraftPullRequestResult;

/// <param name="PlanId">Names this plan for the execute request.</param>
/// <param name="Target">Exactly where it goes: "owner/repo:main ← you/fork:branch".</param>
/// <param name="Files">The documentation changes that go in (and the unrelated ones the user included).</param>
/// <param name="Unrelated">Changed files that are not part of it unless the user includes them.</param>
/// <param name="Templates">The repository's pull-request templates; more than one: the user chooses.</param>
/// <param name="Checklist">The pre-flight checks from CONTRIBUTING.md and the repository's rules.</param>
/// <param name="Blocked">A blocking check failed: the plan cannot be executed.</param>
public sealed record PullRequestPlan(
    [property: JsonPropertyName("planId")] string PlanId,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("branch")] string Branch,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("commitMessage")] string CommitMessage,
    [property: JsonPropertyName("files")] IReadOnlyList<PlannedFile> Files,
    [property: JsonPropertyName("unrelated")] IReadOnlyList<UnrelatedChange> Unrelated,
    [property: JsonPropertyName("templates")] IReadOnlyList<string> Templates,
    [property: JsonPropertyName("checklist")] IReadOnlyList<ChecklistItem> Checklist,
    [property: JsonPropertyName("blocked")] bool Blocked) : DraftPullRequestResult
{
    /// <summary>An offer to bundle other small documentation fixes into this pull request, for the user; null when none.</summary>
    [JsonPropertyName("bundle")] public string? Bundle { get; init; }

    /// <summary>What the user should know before confirming (earlier commits that go along, GitHub questions left
    /// unanswered, a guide that could not be read); null when there is nothing.</summary>
    [JsonPropertyName("notes")] public IReadOnlyList<string>? Notes { get; init; }

    /// <summary>True when the repository asks for an AI-use statement (CONTRIBUTING.md, or the template's AI section):
    /// the client asks the user and sends the answer as <see cref="DraftPullRequestParams.AiAssistance"/>; null otherwise.</summary>
    [JsonPropertyName("aiDisclosure")] public bool? AiDisclosure { get; init; }
}

/// <param name="Path">Relative to the repository, "/" separators.</param>
/// <param name="Documentation">Whether only documentation changed in it.</param>
public sealed record PlannedFile(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("added")] int Added,
    [property: JsonPropertyName("removed")] int Removed,
    [property: JsonPropertyName("documentation")] bool Documentation);

public sealed record UnrelatedChange(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("added")] int Added,
    [property: JsonPropertyName("removed")] int Removed);

/// <param name="Rule">The rule ("DCO sign-off", "link an issue").</param>
/// <param name="Status">One of <see cref="ChecklistStatus"/>.</param>
/// <param name="Reason">Why it has that status, for the user.</param>
public sealed record ChecklistItem(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("reason")] string Reason)
{
    /// <summary>Where the rule comes from ("CONTRIBUTING.md:42").</summary>
    [JsonPropertyName("source")] public string? Source { get; init; }
}

public static class ChecklistStatus
{
    public const string Pass = "pass";

    /// <summary>Worth a look (a command to run first), does not stop the pull request.</summary>
    public const string Advisory = "advisory";

    /// <summary>Stops the pull request (typo-only changes where the repository bans them).</summary>
    public const string Blocking = "blocking";
}

/// <param name="Steps">Every step tried, in order; the first that failed is the last one.</param>
public sealed record PullRequestExecution(
    [property: JsonPropertyName("steps")] IReadOnlyList<ExecutionStep> Steps) : DraftPullRequestResult
{
    /// <summary>The draft pull request made (with a token).</summary>
    [JsonPropertyName("pullRequestUrl")] public string? PullRequestUrl { get; init; }

    /// <summary>GitHub's compare page prefilled with title and body (without a token, or when creating the pull request failed).</summary>
    [JsonPropertyName("compareUrl")] public string? CompareUrl { get; init; }

    /// <summary>After a failed step: the command that retries it ("git push fork docs/issue-13-greet").</summary>
    [JsonPropertyName("retry")] public string? Retry { get; init; }
}

/// <param name="Name">"branch", "commit", "push", "fork", "pull request".</param>
public sealed record ExecutionStep(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("message")] string Message);
