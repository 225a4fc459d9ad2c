using ClawDev.Core.Workspace;

namespace ClawDev.Core.Tests.Workspace;

public class WildmatchTests
{
    [Theory]
    [InlineData("foo", "foo", true)]
    [InlineData("foo", "foobar", false)]
    [InlineData("*", "", true)]
    [InlineData("*", "a/b", false)]
    [InlineData("**", "a/b/c", true)]
    [InlineData("**/c", "c", true)]
    [InlineData("**/c", "a/b/c", true)]
    [InlineData("a/**", "a/b/c", true)]
    [InlineData("a/**", "a", false)]
    [InlineData("a/**/b", "a/b", true)]
    [InlineData("a/**/b", "a/x/y/b", true)]
    [InlineData("a/**/b", "a/xb", false)]
    [InlineData("**/", "b", false)]
    [InlineData("**/", "a/", true)]
    [InlineData("**/b", "ab", false)]
    [InlineData("a/**/**/b", "a/b", true)]
    [InlineData("a/**/**/b", "a/x/y/z/b", true)]
    [InlineData("a/**\\/b", "a/b", false)]
    [InlineData("a/**\\/b", "a/x/b", true)]
    [InlineData("a*/b", "abc/b", true)]
    [InlineData("a*/b", "a/c/b", false)]
    [InlineData("*.py", "x.py", true)]
    [InlineData("*.py", "d/x.py", false)]
    [InlineData("*a*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac", false)]
    [InlineData("?", "/", false)]
    [InlineData("[a-c]x", "bx", true)]
    [InlineData("[a-c]x", "dx", false)]
    [InlineData("[!a-c]x", "dx", true)]
    [InlineData("[^a-c]x", "ax", false)]
    [InlineData("[a-]x", "-x", true)]
    [InlineData("[\\]]", "]", true)]
    [InlineData("[[:digit:][:upper:]]", "7", true)]
    [InlineData("[[:digit:][:upper:]]", "Q", true)]
    [InlineData("[[:digit:][:upper:]]", "q", false)]
    [InlineData("[[:bogus:]]", "b", false)]
    [InlineData("[[:x]", ":", true)]
    [InlineData("[abc", "a", false)]
    [InlineData("[/]", "/", false)]
    [InlineData("a\\*", "a*", true)]
    [InlineData("a\\*", "ab", false)]
    [InlineData("a\\", "a", false)]
    public void MatchesAsGitDoes(string pattern, string text, bool expected)
    {
        Assert.Equal(expected, Wildmatch.Compile(pattern).IsMatch(text));
    }

    [Theory]
    [InlineData("plain.py", true)]
    [InlineData("*.py", false)]
    [InlineData("a?", false)]
    [InlineData("[ab]", false)]
    [InlineData("a\\b", false)]
    public void RecognisesLiteralPatterns(string pattern, bool literal)
    {
        Assert.Equal(literal, Wildmatch.IsLiteral(pattern));
    }
}
