using System.Text;
using System.Text.RegularExpressions;

namespace ClawDev.GitHub.PullRequests;

/// <summary>What goes into the pull request's description.</summary>
/// <param name="Summary">The lines that say what was documented (first a sentence, then bullets, then coverage).</param>
/// <param name="IssueNumber">The issue the work started from: "Fixes #N".</param>
/// <param name="AiAssistance">How AI tools helped, in the user's words, or null when none were used.</param>
/// <param name="DisclosureRequired">The repository asks for an AI statement: one is added even when the template has no place for it.</param>
public sealed record BodyContent(IReadOnlyList<string> Summary, int? IssueNumber, string? AiAssistance, bool DisclosureRequired)
{
    public bool AiAssisted => AiAssistance is not null;

    /// <summary>The AI statement: filled into the template's own AI section, added at the end when required or when AI helped.</summary>
    public string Disclosure => AiAssistance is { } how
        ? $"AI assistance: {how}"
        : "AI assistance: none; no AI tools were used for this change.";

    public bool DisclosureWanted => DisclosureRequired || AiAssisted;
}

/// <summary>
/// Fills the repository's pull request template, keeping every line of it (headings, comments, checklists) and
/// adding only: the summary under the first heading that asks for a description, "Fixes #N" in the template's own
/// "Fixes #" line or under an issue heading, the AI statement under an AI heading, and the template's AI checkbox
/// ticked the right way. What finds no place in the template goes first (summary, issue) or last (AI statement).
/// </summary>
public static partial class PullRequestBody
{
    public static string Write(PullRequestTemplate? template, BodyContent content)
    {
        var lines = template is null ? [] : template.Text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').ToList();
        var fill = new Filler(lines, content);
        return fill.Run();
    }

    /// <summary>Whether the template has a place for the AI statement: a heading about AI, or an AI checkbox.</summary>
    public static bool HasAiSection(PullRequestTemplate? template) =>
        template is not null && template.Text.ReplaceLineEndings("\n").Split('\n').Any(line =>
            (Heading().Match(line) is { Success: true } heading && AiWords().IsMatch(heading.Groups["title"].Value))
            || (AiCheckbox().IsMatch(line) && AiWords().IsMatch(line)));

    private sealed class Filler(List<string> lines, BodyContent content)
    {
        private bool _summaryPlaced;
        private bool _issuePlaced;
        private bool _disclosurePlaced;

        public string Run()
        {
            var output = new List<string>();
            var inComment = false;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var wasInComment = inComment;
                inComment = UpdateCommentState(line, inComment);
                if (wasInComment || line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
                {
                    output.Add(line);
                    continue;
                }
                if (content.IssueNumber is { } issue && !_issuePlaced && FixesPlaceholder().Match(line) is { Success: true } placeholder)
                {
                    output.Add($"{placeholder.Groups["verb"].Value} #{issue}");
                    _issuePlaced = true;
                    continue;
                }
                if (AiCheckbox().Match(line) is { Success: true } box && AiWords().IsMatch(line))
                {
                    var tick = Negative().IsMatch(line) != content.AiAssisted;
                    output.Add(tick ? line[..box.Groups["box"].Index] + "[x]" + line[(box.Groups["box"].Index + 3)..] : line);
                    _disclosurePlaced = true;
                    continue;
                }
                output.Add(line);
                if (Heading().Match(line) is { Success: true } heading)
                {
                    var insertion = InsertionFor(heading.Groups["title"].Value);
                    if (insertion.Count > 0)
                    {
                        i = SkipLeadingComment(i, output);
                        output.Add("");
                        output.AddRange(insertion);
                    }
                }
            }
            return Assemble(output);
        }

        private List<string> InsertionFor(string title)
        {
            if (!_summaryPlaced && SummaryHeading().IsMatch(title))
            {
                _summaryPlaced = true;
                if (content.IssueNumber is not { } number || _issuePlaced || HasIssuePlace())
                {
                    return [.. content.Summary];
                }
                // The template has no place for the issue: it follows the summary.
                _issuePlaced = true;
                return [.. content.Summary, "", $"Fixes #{number}"];
            }
            if (content.IssueNumber is { } issue && !_issuePlaced && IssueHeading().IsMatch(title) && !HasFixesPlaceholder())
            {
                _issuePlaced = true;
                return [$"Fixes #{issue}"];
            }
            if (!_disclosurePlaced && AiWords().IsMatch(title) && !HasAiCheckbox())
            {
                _disclosurePlaced = true;
                return [content.Disclosure];
            }
            return [];
        }

        // A comment right under the heading (the template's instructions) stays above what is inserted.
        private int SkipLeadingComment(int headingIndex, List<string> output)
        {
            var next = headingIndex + 1;
            while (next < lines.Count && lines[next].Trim().Length == 0)
            {
                next++;
            }
            if (next >= lines.Count || !lines[next].TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                return headingIndex;
            }
            var inComment = false;
            for (var i = headingIndex + 1; i < lines.Count; i++)
            {
                output.Add(lines[i]);
                inComment = UpdateCommentState(lines[i], inComment);
                if (i >= next && !inComment)
                {
                    return i;
                }
            }
            return lines.Count - 1;
        }

        private bool HasFixesPlaceholder() => lines.Any(l => FixesPlaceholder().IsMatch(l));

        private bool HasIssuePlace() =>
            HasFixesPlaceholder() || lines.Any(l => Heading().Match(l) is { Success: true } h && IssueHeading().IsMatch(h.Groups["title"].Value));

        private bool HasAiCheckbox() => lines.Any(l => AiCheckbox().IsMatch(l) && AiWords().IsMatch(l));

        private string Assemble(List<string> output)
        {
            var head = new List<string>();
            if (!_summaryPlaced)
            {
                head.AddRange(content.Summary);
            }
            if (content.IssueNumber is { } issue && !_issuePlaced)
            {
                head.Add("");
                head.Add($"Fixes #{issue}");
            }
            var body = new StringBuilder();
            foreach (var line in head)
            {
                body.Append(line).Append('\n');
            }
            if (head.Count > 0 && output.Count > 0)
            {
                body.Append('\n');
            }
            foreach (var line in output)
            {
                body.Append(line).Append('\n');
            }
            if (content.DisclosureWanted && !_disclosurePlaced)
            {
                body.Append("\n### AI assistance\n\n").Append(content.Disclosure).Append('\n');
            }
            return body.ToString();
        }
    }

    private static bool UpdateCommentState(string line, bool inComment)
    {
        var open = line.LastIndexOf("<!--", StringComparison.Ordinal);
        var close = line.LastIndexOf("-->", StringComparison.Ordinal);
        return open >= 0 ? close < open : inComment && close < 0;
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<title>.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\b(what does this (?:pr|pull request) do|description|summary|what(?:'s| is) (?:changed|new)|changes|motivation|about this)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryHeading();

    [GeneratedRegex(@"\b(related issues?|linked issues?|issues?|fixes|closes|resolves)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IssueHeading();

    // "Fixes # (issue)", "Fixes #", "Closes #<issue number>": a placeholder with no number yet.
    [GeneratedRegex(@"^\s*(?:[-*]\s+)?(?<verb>Fixes|Closes|Resolves|Fix|Close|Resolve)\s*#\s*(?:\(issue\)|<[^>]*>|_+|\.{3}|\[[^\]]*\])?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FixesPlaceholder();

    [GeneratedRegex(@"^\s*[-*+]\s+(?<box>\[ \])\s")]
    private static partial Regex AiCheckbox();

    [GeneratedRegex(@"\bAI\b|(?i:\bLLMs?\b|large language model|generative|ChatGPT|Copilot|AI[- ](?:assisted|generated|tools?))")]
    private static partial Regex AiWords();

    [GeneratedRegex(@"\b(no|not|without|didn't|did not|none)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();
}
