using System.Text.RegularExpressions;

namespace ClawDev.GitHub.Contributing.Detectors;

/// <summary>
/// "Every pull request must reference an issue", "please get the issue assigned to you before opening a PR":
/// a sentence about pull requests (or starting work) that asks for a linked, or an assigned, issue.
/// </summary>
internal sealed partial class LinkedIssueDetector : IRuleDetector
{
    public void Detect(PolicyStatement statement, List<PolicyRule> rules)
    {
        var text = statement.Text;
        if (statement.Kind != StatementKind.Sentence || !Issue().IsMatch(text))
        {
            return;
        }
        var assigned = Assignment().IsMatch(text);
        var aboutWork = PolicyWording.MentionsPullRequests(text) || StartingWork().IsMatch(text);
        if (aboutWork && (assigned || Linking().IsMatch(text)))
        {
            rules.Add(new PolicyRule(PolicyRuleKind.LinkedIssueRequired, PolicyWording.SeverityOf(text), statement.Source)
            {
                RequiresAssignedIssue = assigned,
            });
        }
    }

    [GeneratedRegex(@"\bissues?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Issue();

    [GeneratedRegex(@"\b(assigned|assign (?:it|the issue|yourself)|/assign|claim(?:ed)?)\b|/assign", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Assignment();

    [GeneratedRegex(@"\b(link(?:ed|s)?|referenc(?:e|es|ed|ing)|associated|corresponding|tied to|(?:fixes|closes|resolves) #|(?:open|opened|file|create) an issue first|without an (?:open |existing )?issue)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Linking();

    [GeneratedRegex(@"\bbefore (?:you )?(?:start|begin|work)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartingWork();
}
