namespace ClawDev.Core.Python;

/// <summary>
/// Maps UTF-16 offsets to 0-based (line, character) positions and back.
/// Line breaks are \n, \r\n and \r, as Python's tokenizer sees them.
/// </summary>
public sealed class LineIndex
{
    private readonly string _text;
    private int[]? _lineStarts;

    private LineIndex(string text)
    {
        _text = text;
    }

    /// <summary>Cheap: the line starts are found on first use, which many parsed files never need.</summary>
    public static LineIndex Create(string text) => new(text);

    // Computing twice in a race is harmless: both threads find the same immutable array.
    private int[] LineStarts => _lineStarts ??= FindLineStarts(_text);

    private static int[] FindLineStarts(string text)
    {
        var span = text.AsSpan();
        // Every \n and \r starts a line, except the \n of a \r\n: size the array by counting, then fill it.
        var starts = new int[span.Count('\n') + span.Count('\r') + 1];
        var count = 1;
        var i = span.IndexOfAny('\r', '\n');
        while (i >= 0)
        {
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i++;
            }
            starts[count++] = i + 1;
            var next = span[(i + 1)..].IndexOfAny('\r', '\n');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return count == starts.Length ? starts : starts[..count];
    }

    public int LineCount => LineStarts.Length;

    public int LineStart(int line) => LineStarts[Math.Clamp(line, 0, LineStarts.Length - 1)];

    /// <summary>0-based line containing <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var index = Array.BinarySearch(LineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public (int Line, int Character) PositionOf(int offset)
    {
        var line = LineOf(offset);
        return (line, Math.Clamp(offset, 0, _text.Length) - LineStarts[line]);
    }
}
