using System.Text;
using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>Source text of token runs, for annotations, defaults, bases and decorator arguments.</summary>
internal static class SourceText
{
    private static readonly string[] Spaces = CreateSpaces(64);

    /// <summary>
    /// The tokens' text with whitespace normalised: every run of whitespace, comments and line breaks between
    /// two tokens becomes one space, or nothing when it breaks a line right inside a bracket
    /// (<c>Dict[\n    str, int\n]</c> reads <c>Dict[str, int]</c>). Token text itself, strings included, is kept.
    /// </summary>
    public static string Normalize(string text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.IsEmpty)
        {
            return "";
        }
        if (HasOnlySingleSpaces(text, tokens))
        {
            return text.Substring(tokens[0].Start, tokens[^1].End - tokens[0].Start);
        }
        var builder = new StringBuilder(tokens[^1].End - tokens[0].Start);
        builder.Append(tokens[0].TextIn(text));
        for (var i = 1; i < tokens.Length; i++)
        {
            var gapStart = tokens[i - 1].End;
            var gap = text.AsSpan(gapStart, tokens[i].Start - gapStart);
            if (!gap.IsEmpty)
            {
                var breaksLine = gap.IndexOfAny('\r', '\n') >= 0;
                var hugsBracket = tokens[i - 1].Tag.IsOpeningBracket() || tokens[i].Tag.IsClosingBracket();
                if (!(breaksLine && hugsBracket))
                {
                    builder.Append(' ');
                }
            }
            builder.Append(tokens[i].TextIn(text));
        }
        return builder.ToString();
    }

    /// <summary>The tokens' text joined without any whitespace (dotted names such as <c>errors . Bad</c>).</summary>
    public static string Concatenate(string text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.IsEmpty)
        {
            return "";
        }
        if (tokens[^1].End - tokens[0].Start == SumOfLengths(tokens))
        {
            return text.Substring(tokens[0].Start, tokens[^1].End - tokens[0].Start);
        }
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            builder.Append(token.TextIn(text));
        }
        return builder.ToString();
    }

    /// <summary>Leading whitespace of the line that holds <paramref name="offset"/>.</summary>
    public static string IndentationAt(string text, int offset)
    {
        var lineStart = offset;
        while (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r'))
        {
            lineStart--;
        }
        var end = lineStart;
        while (end < text.Length && text[end] is ' ' or '\t' or '\f')
        {
            end++;
        }
        return Whitespace(text, lineStart, end);
    }

    /// <summary>The text of [start, end), shared for the common runs of spaces: every definition and docstring
    /// records its indentation, and most of them are a few spaces.</summary>
    public static string Whitespace(string text, int start, int end)
    {
        var length = end - start;
        if (length < Spaces.Length && text.AsSpan(start, length).IndexOfAnyExcept(' ') < 0)
        {
            return Spaces[length];
        }
        return text.Substring(start, length);
    }

    /// <summary>A one-liner's body counts as indented four spaces deeper than its header.</summary>
    public static string OneLinerBodyIndentation(string headerIndentation) =>
        headerIndentation.Length + 4 < Spaces.Length && headerIndentation.AsSpan().IndexOfAnyExcept(' ') < 0
            ? Spaces[headerIndentation.Length + 4]
            : headerIndentation + "    ";

    private static string[] CreateSpaces(int count)
    {
        var spaces = new string[count];
        for (var i = 0; i < count; i++)
        {
            spaces[i] = new string(' ', i);
        }
        return spaces;
    }

    /// <summary>Offset of the line break ending the line that holds <paramref name="offset"/> (or the text's end).</summary>
    public static int LineEndAt(string text, int offset)
    {
        var end = text.AsSpan(offset).IndexOfAny('\r', '\n');
        return end < 0 ? text.Length : offset + end;
    }

    private static bool HasOnlySingleSpaces(string text, ReadOnlySpan<Token> tokens)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            var gap = tokens[i].Start - tokens[i - 1].End;
            if (gap != 0 && (gap != 1 || text[tokens[i - 1].End] != ' '))
            {
                return false;
            }
        }
        return true;
    }

    private static int SumOfLengths(ReadOnlySpan<Token> tokens)
    {
        var sum = 0;
        foreach (var token in tokens)
        {
            sum += token.Length;
        }
        return sum;
    }
}
