namespace ClawDev.Core.Drafting.Writing;

/// <summary>A line of drafted docstring text at an indentation level (0 = the docstring's or the entry's own column).</summary>
/// <param name="Continuation">The level a line too wide goes on at, or null for a line that is never wrapped (a
/// head, a field, code, a list item, a table row).</param>
/// <param name="KeepStart">How many characters at its start stay on the first line whatever its width (an inline
/// entry's head).</param>
internal readonly record struct DocLine(int Level, string Text, int? Continuation = null, int KeepStart = 0)
{
    public bool IsBlank => Text.Length == 0;
}

/// <summary>Drafted docstring lines, before they are indented and joined with the file's line breaks.</summary>
internal sealed class DocText
{
    private readonly List<DocLine> _lines = [];

    public IReadOnlyList<DocLine> Lines => _lines;

    public int Count => _lines.Count;

    public void Add(int level, string text) => _lines.Add(new DocLine(level, text));

    public void AddBlank() => _lines.Add(new DocLine(0, ""));

    public void AddRange(DocText other) => _lines.AddRange(other._lines);

    /// <summary>Every line of a (multi-line) text at <paramref name="level"/>, deeper relative indentation kept; its
    /// prose lines may wrap at the same level.</summary>
    public void AddLines(int level, string text)
    {
        var prose = new ProseLines();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd();
            _lines.Add(new DocLine(level, trimmed, prose.Wraps(trimmed) ? level : null));
        }
    }

    /// <summary>"head description" (just the description for an empty head) with the description's further lines at
    /// <paramref name="level"/> + 1 (Google, Sphinx, PEP 257); prose wraps to that level, the head never.</summary>
    public void AddInline(int level, string head, string description)
    {
        var prose = new ProseLines();
        var lines = description.Split('\n');
        var first = head.Length == 0 ? lines[0] : lines[0].Length == 0 ? head : $"{head} {lines[0]}";
        _lines.Add(new DocLine(level, first, prose.Wraps(lines[0]) ? level + 1 : null, head.Length == 0 ? 0 : head.Length + 1));
        for (var i = 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimEnd();
            _lines.Add(new DocLine(level + 1, trimmed, prose.Wraps(trimmed) ? level + 1 : null));
        }
    }

    /// <summary>Which lines of a description are prose a line break may be put into: not code (Markdown fences, doctest
    /// lines, indented blocks), list items, table rows or directives, whose line breaks mean something.</summary>
    private sealed class ProseLines
    {
        private bool _inFence;

        public bool Wraps(string line)
        {
            var content = line.AsSpan().TrimStart();
            if (content.StartsWith("```", StringComparison.Ordinal))
            {
                _inFence = !_inFence;
                return false;
            }
            // A line of one word is prose too, the end of a paragraph a wider line carries its words into, but for a
            // heading ("Example:").
            return !_inFence && line.Length == content.Length && content.Length > 0 && (content.Contains(' ') || content[^1] != ':')
                && !content.StartsWith(">>>", StringComparison.Ordinal) && !content.StartsWith("..", StringComparison.Ordinal)
                && content[0] is not ('|' or '-' or '*' or '+' or '#' or ':' or '<')
                && !StartsListItem(content);
        }
    }

    /// <summary>A list item's line: "- item", "* item", "+ item", "1. item", "12) item" (the marker, then a space).</summary>
    public static bool StartsListItem(ReadOnlySpan<char> line)
    {
        if (line.Length == 0)
        {
            return false;
        }
        // Where the marker ends: the bullet itself, or the "." / ")" after a number of up to three digits.
        var end = line[0] is '-' or '*' or '+' ? 0
            : char.IsAsciiDigit(line[0]) && line.IndexOfAny('.', ')') is var close and > 0 and < 4 ? close
            : -1;
        return end >= 0 && line.Length > end + 1 && line[end + 1] == ' ';
    }
}
