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
internal sealed class DocLines
{
    private readonly DocLine[] _lines;

    private DocLines(DocSource source, DocLine[] lines, string lineBreak)
    {
        Source = source;
        _lines = lines;
        LineBreak = lineBreak;
    }

    public DocSource Source { get; }

    public int Count => _lines.Length;

    public ref readonly DocLine this[int index] => ref _lines[index];

    /// <summary>The first line break of the content ("\n" when it has none), for edits that add lines.</summary>
    public string LineBreak { get; }

    public static DocLines Create(DocSource source)
    {
        var text = source.Text;
        var lines = new List<DocLine>(8);
        string? lineBreak = null;
        var lineStart = source.Start;
        for (var i = source.Start; i < source.End; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }
            lines.Add(Measure(text, lineStart, i));
            var crlf = c == '\r' && i + 1 < source.End && text[i + 1] == '\n';
            lineBreak ??= crlf ? "\r\n" : c == '\n' ? "\n" : "\r";
            if (crlf)
            {
                i++;
            }
            lineStart = i + 1;
        }
        lines.Add(Measure(text, lineStart, source.End));
        return new DocLines(source, lines.ToArray(), lineBreak ?? "\n");
    }

    /// <summary>Index of the first non-blank line at or after <paramref name="index"/>, or -1.</summary>
    public int NextNonBlank(int index)
    {
        for (var i = index; i < _lines.Length; i++)
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
