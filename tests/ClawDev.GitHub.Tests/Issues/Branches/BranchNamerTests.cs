using ClawDev.GitHub.Git;
using ClawDev.GitHub.Issues.Branches;

namespace ClawDev.GitHub.Tests.Issues.Branches;

public sealed class BranchNamerTests
{
    [Fact]
    public void Without_hints_the_default_is_docs_issue_number_title()
    {
        var convention = BranchNameConvention.Infer(["main", "v4.40-release", "add-llama"], contributingText: null);

        Assert.Equal("docs/issue-123-document-trainer-train-arguments", BranchNamer.NameFor(123, "Document `Trainer.train` arguments", convention));
    }

    [Theory]
    [InlineData("fix/123-typo,feat/456-new-loss,fix/789-crash,main", "docs/32-missing-docstring")]
    [InlineData("doc/gh-12-intro,fix/gh-77-crash,main", "doc/gh-32-missing-docstring")]
    [InlineData("issue_101_fix_it,issue_202_more,alice/wip", "issue_32_missing_docstring")]
    [InlineData("123-fix,456-other,docs/issue-9-x", "32-missing-docstring")]
    [InlineData("alice/123-fix,bob/456-other", "32-missing-docstring")]
    public void Follows_the_most_common_issue_branch_form(string branches, string expected)
    {
        var convention = BranchNameConvention.Infer(branches.Split(','), contributingText: null);

        Assert.Equal(expected, BranchNamer.NameFor(32, "Missing docstring", convention));
    }

    [Fact]
    public void A_contributing_example_with_an_issue_placeholder_outweighs_a_few_branches()
    {
        const string contributing = "Create a branch:\n\n```bash\ngit checkout -b fix/issue-<issue-number>-short-description\n```\n";

        var convention = BranchNameConvention.Infer(["123-a", "456-b"], contributing);

        Assert.Equal("docs/issue-7-explain-lora", BranchNamer.NameFor(7, "Explain LoRA", convention));
    }

    [Fact]
    public void A_contributing_example_without_an_issue_number_changes_nothing()
    {
        const string contributing = "git checkout -b a-descriptive-name-for-my-changes";

        Assert.Equal(BranchNameConvention.Default, BranchNameConvention.Infer([], contributing));
    }

    [Theory]
    [InlineData("Fix ~^:?*[\\ in docs..lock", "docs/issue-5-fix-in-docs-lock")]
    [InlineData("Café: résumé of `torch.nn`", "docs/issue-5-cafe-resume-of-torch-nn")]
    [InlineData("..", "docs/issue-5")]
    [InlineData("📖🚀", "docs/issue-5")]
    [InlineData("A very long title that goes on and on about every parameter of every method in the trainer", "docs/issue-5-a-very-long-title-that-goes-on-and-on-about")]
    public void Titles_become_safe_ascii_slugs_within_the_length_bound(string title, string expected)
    {
        var name = BranchNamer.NameFor(5, title, BranchNameConvention.Default);

        Assert.Equal(expected, name);
        Assert.True(name.Length <= BranchNamer.MaxLength);
        Assert.True(GitRefName.IsValidBranchName(name));
    }

    [Theory]
    [InlineData("docs/issue-1-x", true)]
    [InlineData("feature/a.b", true)]
    [InlineData("a..b", false)]
    [InlineData("a/.hidden", false)]
    [InlineData("topic.lock", false)]
    [InlineData("topic/", false)]
    [InlineData("topic.", false)]
    [InlineData("a b", false)]
    [InlineData("a:b", false)]
    [InlineData("a@{b", false)]
    [InlineData("a//b", false)]
    [InlineData("-a", false)]
    public void Ref_name_rules_agree_with_git_check_ref_format(string name, bool valid)
    {
        var git = new GitCli().Run(Path.GetTempPath(), ["check-ref-format", "--branch", name], CancellationToken.None);

        Assert.Equal(valid, git.ExitCode == 0);
        Assert.Equal(valid, GitRefName.IsValidBranchName(name));
    }
}
