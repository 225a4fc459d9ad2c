using ClawDev.Core.Rules.Pydocstyle;

namespace ClawDev.Core.Tests.Rules;

/// <summary>The Python behaviours the D417 port reproduces, each checked against what CPython 3.11 returns.</summary>
public sealed class PydocstylePortTests
{
    [Theory]
    [InlineData("  a\n  b", "a\nb")]
    [InlineData("  a\n    b", "a\n  b")]
    [InlineData("    a\n  b", "  a\nb")]
    [InlineData("\ta\n  b", "\ta\n  b")]
    [InlineData("  a\n   \n  b", "a\n\nb")]
    [InlineData("  a\n\t \n  b", "a\n\nb")]
    [InlineData("a\n  b", "a\n  b")]
    [InlineData("  \t a\n  \t b", "a\nb")]
    [InlineData("   ", "")]
    public void Dedent_matches_textwrap(string text, string expected) =>
        Assert.Equal(expected, TextWrap.Dedent(text));

    [Theory]
    [InlineData("x: The value.", "x")]
    [InlineData("  x : The value.", "x")]
    [InlineData("x (int): The value.", "x")]
    [InlineData("x(int):The value.", "x")]
    [InlineData("x:\n    The value.", "x")]
    [InlineData("x:\n\n    The value.", "x")]
    [InlineData("x: ", "x")]
    [InlineData("x:", null)]
    [InlineData("x:\n", null)]
    [InlineData("x (int):", null)]
    [InlineData("x (`Callable[[int], str]`, *optional*, defaults to `f(1)`):\n    The value.", "x")]
    [InlineData("x (int) (str): The value.", "x")]
    [InlineData("x (int\n): The value.", null)]
    [InlineData("x (int) the value", null)]
    [InlineData("*args: Extra.", null)]
    [InlineData("- x: A bullet.", null)]
    [InlineData("größe: Unicode names are words.", "größe")]
    public void Google_args_pattern_matches_like_the_regex(string entry, string? expected) =>
        Assert.Equal(expected, GoogleArgsPattern.DocumentedName(entry));

    [Theory]
    [InlineData("*args: Extra.", "args")]
    [InlineData("**kwargs (dict): Extra.", "kwargs")]
    public void Google_args_pattern_reads_stars_for_ruff(string entry, string expected) =>
        Assert.Equal(expected, GoogleArgsPattern.DocumentedName(entry, allowStars: true));

    [Theory]
    [InlineData("a\nb", new[] { "a\n", "b" })]
    [InlineData("a\r\nb\r", new[] { "a\r\n", "b\r" })]
    [InlineData("a\fb\u2028c\u001ed", new[] { "a\f", "b\u2028", "c\u001e", "d" })]
    [InlineData("", new string[0])]
    public void SplitLines_breaks_where_python_does(string text, string[] expected) =>
        Assert.Equal(expected, PythonText.SplitLinesKeepEnds(text));

    [Theory]
    [InlineData('\u001c', true)]
    [InlineData('\u00a0', true)]
    [InlineData('\u200b', false)]
    [InlineData('x', false)]
    public void IsSpace_matches_str_isspace(char c, bool expected) => Assert.Equal(expected, PythonText.IsSpace(c));

    [Theory]
    [InlineData('_', true)]
    [InlineData('\u00b2', true)]
    [InlineData('\u0301', false)]
    [InlineData('-', false)]
    public void IsWordChar_matches_python_regex_word(char c, bool expected) => Assert.Equal(expected, PythonText.IsWordChar(c));
}
