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
    public void Dedent_matches_textwrap(string text, string expected)
    {
        var chars = text.ToCharArray();
        Assert.Equal(expected, new string(chars, 0, TextWrap.Dedent(chars)));
    }

    // Each section's names, sorted, sections separated by " | ": what pydocstyle 6.2.3 counts as described there.
    [Theory]
    [InlineData("\"\"\"Do.\r\n\r\n    Args:\r\n        a: The first.\r\n        b: The second.\r\n    \"\"\"", "a,b")]
    [InlineData("\"\"\"Do.\r\r    Args:\r        a: The first.\r        b: The second.\r    \"\"\"", "a,b")]
    [InlineData("\"\"\"Do.\n\n    Args:\n        a: The first.\f    b: Inside a's entry.\n        c: The third.\n    \"\"\"", "a,c")]
    [InlineData("\"\"\"Do.\n\n    Parameters\n    ----------\n    a : int\n        The first.\n\n    Parameters\n    ----------\n    b, c : int\n        The others.\n    \"\"\"", "a | b,c")]
    [InlineData("\"\"\"Do.\n\n    Args:\n        a: The first.\n\n    Returns:\n        Nothing.\n    \"\"\"", "")]
    [InlineData("\"\"\"Args: a: one line.\"\"\"", "")]
    public void Described_names_per_section(string literal, string expected)
    {
        var sections = ArgumentSectionCheck.DescribedNames(literal, allowStarredNames: false);
        Assert.Equal(expected, string.Join(" | ", sections.Select(names => string.Join(',', names.Order(StringComparer.Ordinal)))));
    }

    [Theory]
    [InlineData("x: The value.", "x")]
    [InlineData("  x : The value.", "x")]
    [InlineData("x (int): The value.", "x")]
    [InlineData("x(int):The value.", "x")]
    [InlineData("x:\n    The value.", "x")]
    [InlineData("x:\n\n    The value.", "x")]
    [InlineData("x: ", "x")]
    [InlineData("x:", "")]
    [InlineData("x:\n", "")]
    [InlineData("x (int):", "")]
    [InlineData("x (`Callable[[int], str]`, *optional*, defaults to `f(1)`):\n    The value.", "x")]
    [InlineData("x (int) (str): The value.", "x")]
    [InlineData("x (int\n): The value.", "")]
    [InlineData("x (int) the value", "")]
    [InlineData("*args: Extra.", "")]
    [InlineData("- x: A bullet.", "")]
    [InlineData("größe: Unicode names are words.", "größe")]
    public void Google_args_pattern_matches_like_the_regex(string entry, string expected) =>
        Assert.Equal(expected, GoogleArgsPattern.DocumentedName(entry).ToString());

    [Theory]
    [InlineData("*args: Extra.", "args")]
    [InlineData("**kwargs (dict): Extra.", "kwargs")]
    public void Google_args_pattern_reads_stars_for_ruff(string entry, string expected) =>
        Assert.Equal(expected, GoogleArgsPattern.DocumentedName(entry, allowStars: true).ToString());

    [Theory]
    [InlineData("a\nb", new[] { "a\n", "b" })]
    [InlineData("a\r\nb\r", new[] { "a\r\n", "b\r" })]
    [InlineData("a\fb\u2028c\u001ed", new[] { "a\f", "b\u2028", "c\u001e", "d" })]
    [InlineData("", new string[0])]
    public void SplitLines_breaks_where_python_does(string text, string[] expected)
    {
        var lines = new List<string>();
        for (var start = 0; start < text.Length; start += lines[^1].Length)
        {
            lines.Add(text[start..][..PythonText.FirstLineLength(text.AsSpan(start))]);
        }
        Assert.Equal(expected, lines);
    }

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
