using ClawDev.Core.Workspace;

namespace ClawDev.Core.Tests.Workspace;

public class GitIgnoreFileTests
{
    [Fact]
    public void Crlf_line_endings_and_a_byte_order_mark_are_not_part_of_patterns()
    {
        var file = GitIgnoreFile.Parse("\uFEFFfirst.py\r\nsecond.py\r\n", "");

        Assert.True(file.Decide("first.py", isDirectory: false));
        Assert.True(file.Decide("second.py", isDirectory: false));
    }

    [Fact]
    public void Patterns_of_a_nested_file_apply_only_below_its_directory()
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
    public void A_negation_decides_kept_rather_than_no_verdict()
    {
        var file = GitIgnoreFile.Parse("*.py\n!keep.py\n", "");

        Assert.False(file.Decide("keep.py", isDirectory: false));
        Assert.Null(file.Decide("notes.txt", isDirectory: false));
    }

    [Fact]
    public void The_nearest_file_with_a_match_decides()
    {
        var top = GitIgnoreFile.Parse("*.py\n", "");
        var nested = GitIgnoreFile.Parse("!keep.py\n", "pkg/");
        var rules = IgnoreRules.None.With(top).With(nested);

        Assert.False(rules.IsIgnored("pkg/keep.py", isDirectory: false));
        Assert.True(rules.IsIgnored("pkg/other.py", isDirectory: false));
        Assert.True(rules.IsIgnored("keep.py", isDirectory: false));
    }

    [Fact]
    public void A_file_without_patterns_adds_no_rules()
    {
        var rules = IgnoreRules.None.With(GitIgnoreFile.Parse("# only a comment\n\n", ""));

        Assert.Same(IgnoreRules.None, rules);
    }
}
