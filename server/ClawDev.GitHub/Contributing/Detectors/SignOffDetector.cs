using System.Text.RegularExpressions;

namespace ClawDev.GitHub.Contributing.Detectors;

/// <summary>The Developer Certificate of Origin: "Signed-off-by", "git commit -s", "--signoff", "DCO".</summary>
internal sealed partial class SignOffDetector : IRuleDetector
{
    public void Detect(PolicyStatement statement, List<PolicyRule> rules)
    {
        if (statement.Kind == StatementKind.Sentence && SignOff().IsMatch(statement.Text))
        {
            rules.Add(new PolicyRule(PolicyRuleKind.DcoSignOff, PolicyWording.SeverityOf(statement.Text), statement.Source));
        }
    }

    [GeneratedRegex(@"Developer Certificate of Origin|\bDCO\b|Signed-off-by|git commit (?:-\w*s\b|--signoff)|--signoff\b|\bsign[- ]?off (?:your |all |each |every )?commits?\b|\bcommits? (?:must|should) be signed[- ]off\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();
}
