using System.Text;
using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>
/// The text a docstring is parsed from: a range of a larger string plus the shift that turns its positions into
/// absolute file offsets. Parsers work with local positions; everything public carries absolute spans.
/// </summary>
internal sealed class DocSource
{
    public DocSource(string text, int start, int end, int delta)
    {
        Text = text;
        Start = start;
        End = end;
        Delta = delta;
    }

    public string Text { get; }

    /// <summary>Local position of the first content character.</summary>
    public int Start { get; }

    /// <summary>Local position just after the last content character.</summary>
    public int End { get; }

    /// <summary>Absolute offset minus local position.</summary>
    public int Delta { get; }

    public TextSpan Span(int localStart, int localEnd) => new(localStart + Delta, localEnd + Delta);

    public string Slice(TextSpan span) => Text.Substring(span.Start - Delta, span.Length);

    /// <summary>The character at an absolute offset.</summary>
    public char At(int offset) => Text[offset - Delta];

    /// <summary>
    /// The text of a span as a reader sees it: the first line as is, the following lines without their common
    /// indentation (tabs expand to multiples of 8, as inspect.cleandoc does), trailing whitespace removed, lines
    /// joined with "\n" whatever the file's line breaks are.
    /// </summary>
    public string Normalize(TextSpan span)
    {
        var start = span.Start - Delta;
        var end = span.End - Delta;
        var firstBreak = Text.AsSpan(start, end - start).IndexOfAny('\r', '\n');
        if (firstBreak < 0)
        {
            return Text.Substring(start, end - start);
        }

        var lines = SplitLines(start, end);
        var commonIndent = int.MaxValue;
        for (var i = 1; i < lines.Count; i++)
        {
            var (lineStart, lineEnd) = lines[i];
            var textStart = DocScanner.SkipIndentation(Text, lineStart, lineEnd);
            if (textStart < lineEnd)
            {
                commonIndent = Math.Min(commonIndent, DocScanner.IndentWidth(Text, lineStart, textStart));
            }
        }

        var builder = new StringBuilder(end - start);
        AppendTrimmedEnd(builder, lines[0].Start, lines[0].End);
        for (var i = 1; i < lines.Count; i++)
        {
            builder.Append('\n');
            AppendDedented(builder, lines[i].Start, lines[i].End, commonIndent);
        }
        return builder.ToString();
    }

    private List<(int Start, int End)> SplitLines(int start, int end)
    {
        var lines = new List<(int, int)>();
        var lineStart = start;
        for (var i = start; i < end; i++)
        {
            var c = Text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }
            lines.Add((lineStart, i));
            if (c == '\r' && i + 1 < end && Text[i + 1] == '\n')
            {
                i++;
            }
            lineStart = i + 1;
        }
        lines.Add((lineStart, end));
        return lines;
    }

    private void AppendTrimmedEnd(StringBuilder builder, int start, int end)
    {
        var trimmedEnd = DocScanner.TrimEnd(Text, start, end);
        builder.Append(Text, start, trimmedEnd - start);
    }

    private void AppendDedented(StringBuilder builder, int start, int end, int columns)
    {
        var textStart = DocScanner.SkipIndentation(Text, start, end);
        if (textStart == end)
        {
            return;
        }
        // Indentation beyond the common part is kept as spaces, tabs expanded, as inspect.cleandoc does.
        builder.Append(' ', Math.Max(0, DocScanner.IndentWidth(Text, start, textStart) - columns));
        AppendTrimmedEnd(builder, textStart, end);
    }
}
