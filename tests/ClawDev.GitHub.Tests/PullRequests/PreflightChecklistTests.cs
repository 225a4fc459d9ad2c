using ClawDev.Core.Changes;
using ClawDev.GitHub.Contributing;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.PullRequests;
using ClawDev.GitHub.Tests.TestSupport;

namespace ClawDev.GitHub.Tests.PullRequests;

/// <summary>The policy fixtures of ContributingPolicyTests applied to changes.</summary>
public class PreflightChecklistTests
{
    private static readonly GitIdentity Ada = new("Ada Lovelace", "ada@example.org");

    private static ContributingPolicy Policy(string name) => ContributingPolicy.Load(SourcePaths.Under($"Contributing/Policies/{name}"));

    private static PreflightFacts Facts(DocumentationChangeKind change, int? issue = null, bool? assigned = null, bool ai = false, GitIdentity? identity = null) =>
        new(change, change == DocumentationChangeKind.NewDocumentation ? 2 : 0, issue, assigned, ai, identity ?? Ada, new TitleStyle(TitleStyle.DefaultPrefix, null));

    private static string[] Render(ContributingPolicy policy, PreflightFacts facts) =>
        [.. PreflightChecklist.Build(policy, facts).Select(c => $"{c.Status} {c.Kind}")];

    [Theory]
    [InlineData(DocumentationChangeKind.Trivial, "Blocking")]
    [InlineData(DocumentationChangeKind.NewDocumentation, "Pass")]
    [InlineData(DocumentationChangeKind.Improvement, "Pass")]
    public void Typo_only_changes_are_blocked_where_banned(DocumentationChangeKind change, string status)
    {
        var check = Assert.Single(PreflightChecklist.Build(Policy("typo-ban"), Facts(change)));

        Assert.Equal(status, check.Status.ToString());
        if (check.Status == CheckStatus.Blocking)
        {
            Assert.Contains("CONTRIBUTING.md:8: \"Pull requests that only fix typos, spelling or grammar will not be accepted.\"", check.Reason);
        }
    }

    [Fact]
    public void An_advisory_ban_only_warns()
    {
        Assert.Equal(["Advisory TrivialChangesNotAccepted", "Advisory LinkedIssueRequired"],
            Render(Policy("github-folder"), Facts(DocumentationChangeKind.Trivial)));
    }

    [Theory]
    [InlineData(null, null, "Blocking LinkedIssueRequired")]
    [InlineData(5, null, "Advisory LinkedIssueRequired")]
    [InlineData(5, false, "Blocking LinkedIssueRequired")]
    [InlineData(5, true, "Pass LinkedIssueRequired")]
    public void An_assigned_issue_is_required_where_the_guide_says_so(int? issue, bool? assigned, string expected)
    {
        Assert.Equal([expected], Render(Policy("assigned-issue"), Facts(DocumentationChangeKind.NewDocumentation, issue, assigned)));
    }

    [Fact]
    public void Dco_passes_with_an_identity_and_blocks_without()
    {
        var policy = Policy("dco");

        var signed = PreflightChecklist.Build(policy, Facts(DocumentationChangeKind.NewDocumentation)).First();
        Assert.Equal((PolicyRuleKind.DcoSignOff, CheckStatus.Pass), (signed.Kind, signed.Status));
        Assert.Contains("Signed-off-by: Ada Lovelace <ada@example.org>", signed.Reason);
        var facts = Facts(DocumentationChangeKind.NewDocumentation) with { SignOff = null };
        Assert.Equal(CheckStatus.Blocking, PreflightChecklist.Build(policy, facts).First().Status);
    }

    [Fact]
    public void Ai_rules_and_required_commands()
    {
        Assert.Equal(
            ["Advisory ContributorLicenseAgreement", "Blocking AiContributionsNotAccepted", "Pass AiDisclosure", "Advisory RequiredCommand", "Advisory RequiredCommand", "Advisory RequiredCommand"],
            Render(Policy("ai-disclosure"), Facts(DocumentationChangeKind.NewDocumentation, ai: true)));
        Assert.Contains("Pass AiContributionsNotAccepted", Render(Policy("ai-disclosure"), Facts(DocumentationChangeKind.NewDocumentation, ai: false)));
        Assert.Equal(
            ["run `make style` before", "run `make quality` before", "run `make fixup` before"],
            PreflightChecklist.Build(Policy("make-style"), Facts(DocumentationChangeKind.NewDocumentation)).Select(c => c.Reason[..(c.Reason.IndexOf('`', 5) + 8)]));
    }

    [Fact]
    public void The_title_follows_the_repository_prefix()
    {
        var conventional = TitleStyle.For(Policy("title-prefix"));
        Assert.Equal("docs: document `x` in `f`", conventional.Apply("document `x` in `f`"));
        Assert.Equal(["docs:", "fix:", "feat:"], conventional.Rule!.TitlePrefixes);

        var bracket = new TitleStyle("[docs]", null);
        Assert.Equal("[docs] Document `x` in `f`", bracket.Apply("document `x` in `f`"));
        Assert.Equal(TitleStyle.DefaultPrefix, TitleStyle.For(ContributingPolicy.None).Prefix);
    }
}
