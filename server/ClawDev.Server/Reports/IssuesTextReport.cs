using System.Globalization;
using ClawDev.Core.MicroTasks;

namespace ClawDev.Server.Reports;

/// <summary>
/// `clawdev issues` for people: a header (the upstream and how it was found, then notes), the ranked issues (each
/// with its link, labels, comments, who claimed it, and why it ranked), then the micro-tasks.
/// </summary>
internal static class IssuesTextReport
{
    public static void Write(IssuesReport report, TextWriter output)
    {
        var about = report.Results.About;
        var upstream = about.Upstream.Upstream;
        output.Write(TerminalText.Of($"Upstream {upstream.FullName} ({about.Upstream.Detail}): {upstream.WebUrl}\n"));
        foreach (var note in about.Notes)
        {
            output.Write(TerminalText.Of($"Note: {note}\n"));
        }
        output.Write('\n');
        WriteIssues(report, output);
        output.Write('\n');
        WriteMicroTasks(report.MicroTasks, output);
    }

    private static void WriteIssues(IssuesReport report, TextWriter output)
    {
        var results = report.Results;
        if (results.About.Problem is not null)
        {
            output.Write("First issues: none (GitHub could not be asked and nothing is cached)\n");
            return;
        }
        output.Write(TerminalText.Of($"First issues ({results.Issues.Count} of {results.Considered} open issues labelled for beginners, documentation or help):\n"));
        foreach (var ranked in results.Issues)
        {
            var issue = ranked.Issue;
            output.Write(TerminalText.Of($"#{issue.Number} {issue.Title}{(ranked.IsClaimed ? "  [claimed]" : "")}\n"));
            output.Write(TerminalText.Of($"    {issue.HtmlUrl}\n"));
            var labels = issue.Labels.Count == 0 ? "no labels" : string.Join(", ", issue.Labels);
            output.Write(TerminalText.Of($"    {labels} · {Comments(issue.CommentCount)} · opened {Day(issue.CreatedAt)}\n"));
            if (ranked.IsClaimed)
            {
                var claim = ranked.Claims[0];
                output.Write(TerminalText.Of($"    claimed by @{claim.Who} since {Day(claim.Date)}\n"));
            }
            output.Write(TerminalText.Of($"    why: {string.Join("; ", ranked.Reasons)}\n"));
        }
    }

    private static void WriteMicroTasks(MicroTaskList microTasks, TextWriter output)
    {
        output.Write(TerminalText.Of($"Micro-tasks the maintainers listed ({microTasks.Tasks.Count}):\n"));
        foreach (var task in microTasks.Tasks)
        {
            var defined = task.DefinedAt is { } at ? $" (defined at {at})" : "";
            output.Write(TerminalText.Of($"{task.Entry}  {task.ObjectName}{defined}\n"));
            output.Write(TerminalText.Of($"    {task.Source}: {task.Action.Sentence()}\n"));
        }
        foreach (var note in microTasks.Notes)
        {
            output.Write(TerminalText.Of($"Note: {note}\n"));
        }
    }

    private static string Comments(int count) => count == 1 ? "1 comment" : $"{count} comments";

    private static string Day(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
