using System.Text.RegularExpressions;

namespace ClawDev.GitHub.Contributing.Detectors;

/// <summary>
/// "Pull requests that only fix typos will not be accepted": a sentence that names trivial changes (typos,
/// spelling, grammar, whitespace, cosmetic changes) and refuses them.
/// </summary>
internal sealed partial class TrivialChangesDetector : IRuleDetector
{
    public void Detect(PolicyStatement statement, List<PolicyRule> rules)
    {
        if (statement.Kind == StatementKind.Sentence && TrivialChanges().IsMatch(statement.Text) && PolicyWording.Refuses(statement.Text))
        {
            rules.Add(new PolicyRule(PolicyRuleKind.TrivialChangesNotAccepted, PolicyWording.SeverityOf(statement.Text), statement.Source));
        }
    }

    [GeneratedRegex(@"\b(typos?|spelling|grammar|grammatical|cosmetic|trivial|whitespace|(?:minor|small) (?:wording|rewording|doc(?:umentation)?|docstring) (?:changes|fixes|edits))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrivialChanges();
}
