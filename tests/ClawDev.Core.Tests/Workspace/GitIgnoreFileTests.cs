using ClawDev.Core.Workspace;

namespace ClawDev.Core.Tests.Workspace;

public class GitIgnoreFileTests
{
    [Fact]
    public void CrlfLineEndingsAndAByteOrderMarkAreNotPartOfPatterns()
    {
        var file = GitIgnoreFile.Parse("\uFEFFfirst.py\r\nsecond.py\r\n", "");

        Assert.True(file.Decide("first.py", isDirectory: false));
        Assert.True(file.Decide("second.py", isDirectory: false));
    }

    [Fact]
    public void PatternsOfANestedFileApplyOnlyBelowItsDirectory()
    {
        var file = GitIgnoreFile.Parse("/local.py\nanywhere.py\n", "pkg/");

        Assert.True(file.Decide("pkg/local.py", isDirectory: false));
        Assert.Null(file.Decide("pkg/sub/local.py", isDirectory: false));
        Assert.Null(file.Decide("local.py", isDirectory: false));
        Assert.True(file.Decide("pkg/sub/anywhere.py", isDirectory: false));
        Assert.Null(file.Decide("anywhere.py", isDirectory: false));
        Assert.Null(file.Decide("pkgx/anywhere.py", isDirectory: false));
    }

    [Fact]
    public void ANegationDecidesKeptRatherThanNoVerdict()
    {
        var file = GitIgnoreFile.Parse("*.py\n!keep.py\n", "");

        Assert.False(file.Decide("keep.py", isDirectory: false));
        Assert.Null(file.Decide("notes.txt", isDirectory: false));
    }

    [Fact]
    public void TheNearestFileWithAMatchDecides()
    {
        var top = GitIgnoreFile.Parse("*.py\n", "");
        var nested = GitIgnoreFile.Parse("!keep.py\n", "pkg/");
        var rules = IgnoreRules.None.With(top).With(nested);

        Assert.False(rules.IsIgnored("pkg/keep.py", isDirectory: false));
        Assert.True(rules.IsIgnored("pkg/other.py", isDirectory: false));
        Assert.True(rules.IsIgnored("keep.py", isDirectory: false));
    }

    [Fact]
    public void AFileWithoutPatternsAddsNoRules()
    {
        var rules = IgnoreRules.None.With(GitIgnoreFile.Parse("# only a comment\n\n", ""));

        Assert.Same(IgnoreRules.None, rules);
    }
}
