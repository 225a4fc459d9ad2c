using System.Text.Json;
using System.Text.Json.Serialization;
using ClawDev.GitHub.PullRequests;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.PullRequests;
using PullRequestPlan = ClawDev.GitHub.PullRequests.PullRequestPlan;

namespace ClawDev.Server.Reports;

/// <summary>
/// What `clawdev pr` prints. Text: the plan as it is planned, each step as it happens, the outcome. JSON: one
/// object at the end, <c>{upstream, source, notes, plan, stopped?, execution?}</c>, with the plan and the execution
/// in the shapes of <c>clawdev/draftPullRequest</c>.
/// </summary>
internal sealed class PullRequestReport(TextWriter output, bool json)
{
    private static readonly JsonSerializerOptions JsonOptions = new(LspJson.Options) { WriteIndented = true };

    private JsonReportBody? _json;

    public void Plan(PullRequestPlan plan, PullRequestConnection connection)
    {
        var location = connection.Upstream;
        var notes = connection.Notes.Concat(plan.Notes).ToList();
        if (connection.Host is null)
        {
            notes.Add("no GitHub token (GITHUB_TOKEN, GH_TOKEN or `gh auth login`): the local steps happen and a prefilled compare URL is printed");
        }
        if (json)
        {
            _json = new JsonReportBody(location.Upstream.FullName, location.Detail, notes,
                PullRequestProtocol.ToProtocol(plan, plan.StatusFingerprint[..12].ToLowerInvariant()));
            return;
        }
        output.Write(TerminalText.Of($"Draft pull request from {plan.WorkTree}\n"));
        output.Write(TerminalText.Of($"  upstream: {location.Upstream.FullName} ({location.Detail})\n"));
        output.Write(TerminalText.Of($"  target:   {plan.Target}\n"));
        output.Write(plan.CreatesBranch
            ? TerminalText.Of($"  branch:   {plan.Branch} (new, from {plan.CurrentBranch ?? "the detached HEAD"})\n")
            : TerminalText.Of($"  branch:   {plan.Branch}\n"));
        output.Write(TerminalText.Of($"  push to:  {(plan.PushRemote is { } remote ? $"remote '{remote}'" : "a fork created on GitHub")}\n"));
        Files("Files", plan.Included);
        if (plan.Unrelated.Count > 0)
        {
            Files("Left out, not documentation (add one with --include PATH)", plan.Unrelated);
        }
        if (plan.Checklist.Count > 0)
        {
            output.Write("\nPre-flight checklist:\n");
            foreach (var check in plan.Checklist)
            {
                output.Write(TerminalText.Of($"  [{Status(check.Status)}] {CheckNames.Of(check)}: {check.Reason}\n"));
                output.Write(TerminalText.Of($"             {check.Rule.Source}\n"));
            }
        }
        if (plan.Templates.Count > 1)
        {
            output.Write(TerminalText.Of($"\nTemplates (choose with --template): {string.Join(", ", plan.Templates.Select(t => t.Path))}\n"));
        }
        if (plan.Template is { } template)
        {
            output.Write(TerminalText.Of($"Template: {template.Path}\n"));
        }
        output.Write(TerminalText.Of($"\nTitle: {plan.Title}\n"));
        Block("Commit message", plan.CommitMessage);
        Block("Body", plan.Body);
        if (plan.Bundle is { } bundle)
        {
            notes.Add(bundle);
        }
        if (notes.Count > 0)
        {
            output.Write("\nNotes:\n");
            foreach (var note in notes)
            {
                output.Write(TerminalText.Of($"  - {note}\n"));
            }
        }
        output.Write("\n");
    }

    /// <summary>Why nothing is carried out (blocked, dry run, not confirmed).</summary>
    public void Stopped(string reason)
    {
        if (json)
        {
            WriteJson(_json! with { Stopped = reason });
            return;
        }
        output.Write(TerminalText.Of($"{char.ToUpperInvariant(reason[0])}{reason[1..]}.\n"));
    }

    /// <summary>Text: each step printed as it happens.</summary>
    public IProgress<DraftStep>? StepProgress() => json ? null : new StepPrinter(output);

    public void Outcome(PullRequestOutcome outcome)
    {
        if (json)
        {
            WriteJson(_json! with { Execution = PullRequestProtocol.ToProtocol(outcome) });
            return;
        }
        if (outcome.PullRequest is { } pull)
        {
            output.Write(TerminalText.Of($"\n{(pull.AlreadyExisted ? "Pull request (it already existed)" : "Draft pull request")}: {pull.HtmlUrl}\n"));
        }
        if (outcome.CompareUrl is { } compare)
        {
            output.Write(TerminalText.Of($"\nOpen this page to create the draft pull request:\n  {compare}\n"));
        }
        if (outcome.RetryCommand is { } retry)
        {
            output.Write(TerminalText.Of($"\nBranch {outcome.Branch} and its commit are kept; retry with:\n  {retry}\n"));
        }
        output.Flush();
    }

    /// <summary>Shows what was written so far (before a question on the terminal).</summary>
    public void Flush() => output.Flush();

    private void WriteJson(JsonReportBody body)
    {
        output.Write(JsonSerializer.Serialize(body, JsonOptions));
        output.Write('\n');
        output.Flush();
    }

    private void Files(string heading, IReadOnlyList<ChangedFile> files)
    {
        output.Write(TerminalText.Of($"\n{heading}:\n"));
        if (files.Count == 0)
        {
            output.Write("  (none)\n");
        }
        var width = files.Count == 0 ? 0 : files.Max(f => f.Path.Length);
        foreach (var file in files)
        {
            var stat = file.Stat.IsBinary ? "binary" : $"+{file.Stat.Added} -{file.Stat.Removed}";
            output.Write(TerminalText.Of($"  {file.Path.PadRight(width)}  {stat,-9} {file.Reason}\n"));
        }
    }

    private void Block(string heading, string text)
    {
        output.Write(TerminalText.Of($"\n{heading}:\n"));
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            output.Write(line.Length == 0 ? "\n" : TerminalText.Of($"  {line}\n"));
        }
    }

    private static string Status(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass    ",
        CheckStatus.Advisory => "advisory",
        _ => "BLOCKING",
    };

    private sealed class StepPrinter(TextWriter output) : IProgress<DraftStep>
    {
        public void Report(DraftStep step)
        {
            var mark = step.Status switch
            {
                StepStatus.Done => "done",
                StepStatus.Skipped => "skipped",
                _ => "FAILED",
            };
            output.Write(TerminalText.Of($"  {PullRequestProtocol.StepName(step.Kind)}: {mark}: {step.Message}\n"));
            output.Flush();
        }
    }

    private sealed record JsonReportBody(
        [property: JsonPropertyName("upstream")] string Upstream,
        [property: JsonPropertyName("source")] string Source,
        [property: JsonPropertyName("notes")] IReadOnlyList<string> Notes,
        [property: JsonPropertyName("plan")] Lsp.PullRequests.PullRequestPlan Plan)
    {
        [JsonPropertyName("stopped")] public string? Stopped { get; init; }

        [JsonPropertyName("execution")] public PullRequestExecution? Execution { get; init; }
    }
}
