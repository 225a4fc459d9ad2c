using ClawDev.GitHub.Git;

namespace ClawDev.GitHub.Tests.Git;

public class BranchNamesTests
{
    [Theory]
    [InlineData("Document `warmup_steps` in `Trainer.__init__`", null, "docs/document-warmup-steps-in-trainer-init")]
    [InlineData("Docs: Fix the README", 42, "docs/issue-42-docs-fix-the-readme")]
    [InlineData("..lock ~^:?*[\\ @{ refs/heads//x.lock", null, "docs/lock-refs-heads-x-lock")]
    [InlineData("Crème brûlée façade", null, "docs/creme-brulee-facade")]
    [InlineData("文档", 7, "docs/issue-7")]
    [InlineData("", null, "docs/update")]
    [InlineData("-leading dash and trailing.", null, "docs/leading-dash-and-trailing")]
    [InlineData("a very long issue title that goes on and on about documenting every parameter", 3, "docs/issue-3-a-very-long-issue-title-that-goes-on-and-on")]
    public void Names_are_slugs_under_docs(string topic, int? issue, string expected)
    {
        var name = BranchNames.ForDocumentation(topic, issue);

        Assert.Equal(expected, name);
        using var repository = new GitRepository();
        Assert.True(BranchNames.IsValid(new GitSession(new GitCli(), repository.Path), name, CancellationToken.None), name);
    }

    [Fact]
    public void Git_refuses_what_the_slug_leaves_out()
    {
        using var repository = new GitRepository();
        var git = new GitSession(new GitCli(), repository.Path);

        Assert.False(BranchNames.IsValid(git, "docs/a..b", CancellationToken.None));
        Assert.False(BranchNames.IsValid(git, "docs/x.lock", CancellationToken.None));
        Assert.False(BranchNames.IsValid(git, "docs/a b", CancellationToken.None));
    }
}
