using System.Text;
using ClawDev.Core.Rules;
using ClawDev.Server.Lsp.Diagnostics;

namespace ClawDev.Server.Tests.Lsp;

public sealed class RuleDocumentationTests
{
    public static TheoryData<string> Codes => new(RuleRegistry.Descriptors.Select(doc => doc.Code));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_rule_links_to_its_own_page(string code)
    {
        var doc = RuleRegistry.Find(code)!;
        var link = RuleDocumentation.LinkFor(code);
        if (code.StartsWith('D'))
        {
            // ClawDev's D codes carry ruff's rule names, and ruff documents each rule at /rules/<name>/.
            Assert.Equal($"https://docs.astral.sh/ruff/rules/{doc.Name}/", link);
        }
        else
        {
            // The anchor GitHub gives the heading `clawdev rule` prints for the rule.
            var heading = doc.ToMarkdown().Split('\n')[0].TrimStart('#', ' ');
            Assert.Equal(RuleDocumentation.ClawDevRulesBase + GitHubAnchor(heading), link);
        }
        Assert.Same(RuleDocumentation.DescriptionFor(code), RuleDocumentation.DescriptionFor(code));
    }

    [Theory]
    [InlineData("X999")]
    [InlineData("d102")]
    [InlineData("")]
    public void A_code_that_is_no_rule_has_no_link(string code)
    {
        Assert.Null(RuleDocumentation.LinkFor(code));
    }

    /// <summary>GitHub's heading anchors: lower case, punctuation other than '-' and '_' dropped, spaces as '-'.</summary>
    private static string GitHubAnchor(string heading)
    {
        var anchor = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                anchor.Append(c);
            }
            else if (c == ' ')
            {
                anchor.Append('-');
            }
        }
        return anchor.ToString();
    }
}
