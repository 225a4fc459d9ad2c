using System.Text.RegularExpressions;

namespace ClawDev.GitHub.Contributing.Detectors;

/// <summary>A Contributor License Agreement to sign ("CLA", "Contributor License Agreement").</summary>
internal sealed partial class LicenseAgreementDetector : IRuleDetector
{
    public void Detect(PolicyStatement statement, List<PolicyRule> rules)
    {
        if (statement.Kind == StatementKind.Sentence && Agreement().IsMatch(statement.Text))
        {
            rules.Add(new PolicyRule(PolicyRuleKind.ContributorLicenseAgreement, PolicyWording.SeverityOf(statement.Text), statement.Source));
        }
    }

    // "CLA" in capitals only: "cla" is a word in other languages and a fragment of URLs.
    [GeneratedRegex(@"(?i:Contributor(?:'s)? License Agreement)|\bCLA\b", RegexOptions.CultureInvariant)]
    private static partial Regex Agreement();
}
