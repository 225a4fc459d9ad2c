namespace ClawDev.Core.Python;

/// <summary>
/// Maps UTF-16 offsets to 0-based (line, character) positions and back.
/// Line breaks are \n, \r\n and \r, as Python's tokenizer sees them.
/// </summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    private LineIndex(int[] lineStarts, int length)
    {
        _lineStarts = lineStarts;
        _length = length;
    }

    public static LineIndex Create(string text)
    {
        var starts = new List<int>(text.Length / 32 + 1) { 0 };
        var span = text.AsSpan();
        var i = span.IndexOfAny('\r', '\n');
        while (i >= 0)
        {
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i++;
            }
            starts.Add(i + 1);
            var next = span[(i + 1)..].IndexOfAny('\r', '\n');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return new LineIndex(starts.ToArray(), text.Length);
    }

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 0, _lineStarts.Length - 1)];

    /// <summary>0-based line containing <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public (int Line, int Character) PositionOf(int offset)
    {
        var line = LineOf(offset);
        return (line, Math.Clamp(offset, 0, _length) - _lineStarts[line]);
    }

    public int OffsetOf(int line, int character)
    {
        if (line >= _lineStarts.Length)
        {
            return _length;
        }
        var start = _lineStarts[Math.Max(line, 0)];
        var next = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _length;
        return Math.Min(start + Math.Max(character, 0), next);
    }
}
