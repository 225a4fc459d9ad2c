using System.Text;
using ClawDev.Core.Tests.Support;
using ClawDev.GitHub.PullRequests;
using ClawDev.GitHub.Tests.TestSupport;

namespace ClawDev.GitHub.Tests.PullRequests;

/// <summary>
/// One repository per template layout under Templates/; expected.md shows the templates found, the default for
/// documentation and the filled body. CLAWDEV_UPDATE_SNAPSHOTS=1 rewrites them; read every change.
/// </summary>
public class PullRequestBodyTests
{
    private static readonly string TemplatesRoot = SourcePaths.Under("PullRequests/Templates");

    private static readonly BodyContent Content = new(
        ["Document `warmup_steps` in `Trainer.__init__`.", "", "- `Trainer.__init__` (trainer.py): documented `warmup_steps`"],
        IssueNumber: 123,
        AiAssistance: "ClawDev drafted the parameter entry from the signature; I reviewed and edited it.",
        DisclosureRequired: true);

    public static TheoryData<string> Layouts() =>
        new(Directory.EnumerateDirectories(TemplatesRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Fills_the_template_keeping_its_lines(string layout)
    {
        var folder = Path.Combine(TemplatesRoot, layout);
        var templates = PullRequestTemplates.Find(folder);
        var chosen = PullRequestTemplates.DefaultForDocumentation(templates);

        var body = PullRequestBody.Write(chosen, Content);

        var rendered = new StringBuilder()
            .Append("<!-- templates: ").AppendJoin(", ", templates.Select(t => t.Path)).Append(" -->\n")
            .Append("<!-- default: ").Append(chosen?.Path ?? "(none)").Append(" -->\n")
            .Append(body);
        Snapshot.Match(Path.Combine(folder, "expected.md"), rendered.ToString());
        foreach (var line in chosen?.Text.ReplaceLineEndings("\n").Split('\n') ?? [])
        {
            // Every template line is kept, but for the filled placeholders and ticked boxes.
            Assert.True(body.Contains(line) || line.StartsWith("Fixes #", StringComparison.Ordinal) || line.StartsWith("Closes #", StringComparison.Ordinal)
                || line.Contains("- [ ] I used AI"), $"lost: {line}");
        }
    }

    [Fact]
    public void Without_ai_use_or_rule_no_statement_is_added()
    {
        var body = PullRequestBody.Write(null, Content with { AiAssistance = null, DisclosureRequired = false, IssueNumber = null });

        Assert.Equal("Document `warmup_steps` in `Trainer.__init__`.\n\n- `Trainer.__init__` (trainer.py): documented `warmup_steps`\n", body);
    }

    [Fact]
    public void When_required_the_statement_says_no_ai_was_used()
    {
        var template = new PullRequestTemplate(".github/pull_request_template.md", "## AI disclosure\n\n- [ ] I used AI tools.\n- [ ] No AI tools were used.\n");

        var body = PullRequestBody.Write(template, Content with { AiAssistance = null, IssueNumber = null });

        Assert.Contains("- [ ] I used AI tools.\n- [x] No AI tools were used.\n", body);
    }

    [Theory]
    [InlineData("## Description\n\n## AI assistance\n\n<!-- Say whether and how AI tools helped. -->\n", true)]
    [InlineData("## Checklist\n\n- [ ] I used AI tools to write this change.\n", true)]
    [InlineData("## Description\n\n- [ ] I ran the tests.\n\nThis repository's maintainers use Copilot reviews.\n", false)]
    [InlineData("## What does this PR do?\n\nFixes # (issue)\n", false)]
    public void AnAiHeadingOrAiCheckboxIsTheTemplatesDisclosureSection(string text, bool expected)
    {
        Assert.Equal(expected, PullRequestBody.HasAiSection(new PullRequestTemplate(".github/pull_request_template.md", text)));
        Assert.False(PullRequestBody.HasAiSection(null));
    }
}
