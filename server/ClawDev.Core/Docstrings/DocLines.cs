namespace ClawDev.Core.Docstrings;

/// <summary>One physical line of a docstring, in local positions.</summary>
/// <param name="Start">First character of the line.</param>
/// <param name="End">End of the line, before its line break.</param>
/// <param name="TextStart">First non-indentation character, or <paramref name="End"/> for a blank line.</param>
/// <param name="TextEnd">Just after the last non-whitespace character, or <paramref name="End"/> for a blank line.</param>
/// <param name="Indent">Width of the indentation in columns (tabs expand to multiples of 8).</param>
internal readonly record struct DocLine(int Start, int End, int TextStart, int TextEnd, int Indent)
{
    public bool IsBlank => TextStart >= TextEnd;
}

/// <summary>The lines of a docstring's content, split on \n, \r\n and \r.</summary>
/// <remarks>
/// The line table is a plain array that dies young: renting it from ArrayPool&lt;DocLine&gt; cost more than it saved, as
/// that pool over a ClawDev struct has no precompiled code and ran unoptimised, with a thread-static lookup per call.
/// </remarks>
internal sealed class DocLines
{
    private readonly DocLine[] _lines;

    private DocLines(DocSource source, DocLine[] lines, int count, string lineBreak)
    {
        Source = source;
        _lines = lines;
        Count = count;
        LineBreak = lineBreak;
    }

    public DocSource Source { get; }

    public int Count { get; }

    public ref readonly DocLine this[int index] => ref _lines[index];

    /// <summary>The first line break of the content ("\n" when it has none), for edits that add lines.</summary>
    public string LineBreak { get; }

    public static DocLines Create(DocSource source)
    {
        var text = source.Text;
        var content = text.AsSpan(source.Start, source.End - source.Start);
        // An upper bound (\r\n counts twice), found with vectorised counting.
        var lines = new DocLine[content.Count('\n') + content.Count('\r') + 1];
        var count = 0;
        string? lineBreak = null;
        var lineStart = source.Start;
        while (true)
        {
            var offset = text.AsSpan(lineStart, source.End - lineStart).IndexOfAny('\r', '\n');
            if (offset < 0)
            {
                break;
            }
            var breakAt = lineStart + offset;
            lines[count++] = Measure(text, lineStart, breakAt);
            var crlf = text[breakAt] == '\r' && breakAt + 1 < source.End && text[breakAt + 1] == '\n';
            lineBreak ??= crlf ? "\r\n" : text[breakAt] == '\n' ? "\n" : "\r";
            lineStart = breakAt + (crlf ? 2 : 1);
        }
        lines[count++] = Measure(text, lineStart, source.End);
        return new DocLines(source, lines, count, lineBreak ?? "\n");
    }

    /// <summary>Index of the first non-blank line at or after <paramref name="index"/>, or -1.</summary>
    public int NextNonBlank(int index)
    {
        for (var i = index; i < Count; i++)
        {
            if (!_lines[i].IsBlank)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Index of the last non-blank line in [from, to), or -1.</summary>
    public int LastNonBlank(int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (!_lines[i].IsBlank)
            {
                return i;
            }
        }
        return -1;
    }

    private static DocLine Measure(string text, int start, int end)
    {
        var textStart = DocScanner.SkipIndentation(text, start, end);
        var textEnd = DocScanner.TrimEnd(text, textStart, end);
        if (textEnd == textStart)
        {
            return new DocLine(start, end, end, end, 0);
        }
        return new DocLine(start, end, textStart, textEnd, DocScanner.IndentWidth(text, start, textStart));
    }
}
