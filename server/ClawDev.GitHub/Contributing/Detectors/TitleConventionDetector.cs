using System.Text.RegularExpressions;

namespace ClawDev.GitHub.Contributing.Detectors;

/// <summary>
/// How pull request titles are written: prefixes shown in a sentence about titles ("prefix the title with
/// `[docs]`", "DOC: for documentation"), or Conventional Commits.
/// </summary>
internal sealed partial class TitleConventionDetector : IRuleDetector
{
    public void Detect(PolicyStatement statement, List<PolicyRule> rules)
    {
        var text = statement.Text;
        if (statement.Kind != StatementKind.Sentence)
        {
            return;
        }
        var conventional = ConventionalCommits().IsMatch(text);
        // "Use `docs:` for documentation" under a heading about titles speaks about titles too.
        if (!conventional && !AboutTitles().IsMatch(text) && !AboutTitles().IsMatch(statement.Section))
        {
            return;
        }
        var prefixes = statement.CodeSpans.Select(s => s.Trim()).Where(IsPrefix)
            .Concat(BracketedWord().Matches(text).Select(m => m.Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (conventional || prefixes.Count > 0)
        {
            rules.Add(new PolicyRule(PolicyRuleKind.TitleConvention, PolicyWording.SeverityOf(text), statement.Source)
            {
                TitlePrefixes = prefixes,
                ConventionalCommits = conventional,
            });
        }
    }

    private static bool IsPrefix(string span) => BracketPrefix().IsMatch(span) || ColonPrefix().IsMatch(span);

    [GeneratedRegex(@"\bconventional[ -]commits?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConventionalCommits();

    [GeneratedRegex(@"\b(titles?|prefix(?:ed|es)?|commit messages?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutTitles();

    [GeneratedRegex(@"^\[[A-Za-z][\w /-]{0,20}\]$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketPrefix();

    [GeneratedRegex(@"^[A-Za-z]{2,12}(\([\w-]+\))?!?:$", RegexOptions.CultureInvariant)]
    private static partial Regex ColonPrefix();

    // Outside code spans: "[WIP]" or "[docs]" written as text (Markdig leaves an unresolved link label as text).
    [GeneratedRegex(@"(?<!`)\[[A-Za-z][\w -]{0,20}\](?![`(])", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedWord();
}
