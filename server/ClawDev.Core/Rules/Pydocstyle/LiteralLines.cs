namespace ClawDev.Core.Rules.Pydocstyle;

/// <summary>
/// A docstring literal's lines as pydocstyle 6.2.3 splits it (<c>str.split('\n')</c>), kept as offsets into the
/// literal so that reading its sections makes no string per line.
/// </summary>
internal readonly ref struct LiteralLines
{
    private readonly ReadOnlySpan<char> _text;

    // Where each line starts, then one past the end of the text: line i ends one character (its '\n') before line i + 1.
    private readonly ReadOnlySpan<int> _starts;

    /// <param name="starts">Room for <see cref="CountIn"/> + 1 offsets, filled here.</param>
    public LiteralLines(ReadOnlySpan<char> text, Span<int> starts)
    {
        _text = text;
        var line = 0;
        var lineStart = 0;
        starts[0] = 0;
        for (var newline = text.IndexOf('\n'); newline >= 0; newline = text[lineStart..].IndexOf('\n'))
        {
            lineStart += newline + 1;
            starts[++line] = lineStart;
        }
        starts[++line] = text.Length + 1;
        _starts = starts[..(line + 1)];
    }

    /// <summary>How many lines <paramref name="text"/> splits into.</summary>
    public static int CountIn(ReadOnlySpan<char> text) => text.Count('\n') + 1;

    public int Count => _starts.Length - 1;

    public ReadOnlySpan<char> this[int index] => _text[_starts[index]..(_starts[index + 1] - 1)];

    /// <summary>'\n'.join(lines[start:end]): the text of those lines as the literal holds it.</summary>
    public ReadOnlySpan<char> Joined(int start, int end) => end <= start ? [] : _text[_starts[start]..(_starts[end] - 1)];
}
