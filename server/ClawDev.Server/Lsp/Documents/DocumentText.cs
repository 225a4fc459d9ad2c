using System.Collections.Immutable;

namespace ClawDev.Server.Lsp.Documents;

/// <summary>
/// The text of an open document as an immutable list of chunks of whole lines. An edit copies the chunks it touches
/// and the list, never the whole text, so a burst of single-character edits to a large file, or one didChange
/// carrying thousands of changes, costs what the edits cost instead of a copy of the text (and a new line index)
/// per change. Versions share the chunks an edit left alone; the text as one string is only made when read.
/// <para>
/// Line breaks are \n, \r\n and \r, as for <see cref="ClawDev.Core.Python.LineIndex"/>. Every chunk but the last ends
/// with a line break, and never between the \r and the \n of one, so a line is always within one chunk.
/// </para>
/// </summary>
internal sealed class DocumentText
{
    /// <summary>An edit cuts the text it rewrites into chunks of about this many characters (well under the large object heap's threshold).</summary>
    internal const int ChunkLength = 16 * 1024;

    private readonly ImmutableArray<Chunk> _chunks;

    private int _lineCount;

    private DocumentText(ImmutableArray<Chunk> chunks)
    {
        _chunks = chunks;
        foreach (var chunk in chunks)
        {
            Length += chunk.Text.Length;
        }
    }

    /// <summary>A text held as it is, in one chunk: nothing is copied until the first edit.</summary>
    public static DocumentText From(string text) => new([new Chunk(text)]);

    public int Length { get; }

    public int LineCount
    {
        get
        {
            if (_lineCount == 0)
            {
                var breaks = 0;
                foreach (var chunk in _chunks)
                {
                    breaks += chunk.LineBreaks;
                }
                _lineCount = breaks + 1;
            }
            return _lineCount;
        }
    }

    /// <summary>The start of <paramref name="line"/> (0 ≤ line &lt; <see cref="LineCount"/>) and its content, without the line break.</summary>
    public int Line(int line, out ReadOnlySpan<char> content)
    {
        var chunkStart = 0;
        var breaksBefore = 0;
        for (var i = 0; i < _chunks.Length; i++)
        {
            var chunk = _chunks[i];
            if (line < breaksBefore + chunk.LineBreaks || i == _chunks.Length - 1)
            {
                var (start, end) = chunk.LineBounds(line - breaksBefore);
                content = chunk.Text.AsSpan(start, end - start);
                return chunkStart + start;
            }
            chunkStart += chunk.Text.Length;
            breaksBefore += chunk.LineBreaks;
        }
        throw new InvalidOperationException("a document text has at least one chunk");
    }

    /// <summary>The text with [<paramref name="start"/>, <paramref name="end"/>) replaced by <paramref name="replacement"/>.</summary>
    public DocumentText Replace(int start, int end, string replacement)
    {
        var (first, firstStart) = ChunkAt(start);
        var (last, lastStart) = ChunkAt(end);
        var before = _chunks[first].Text.AsSpan(0, start - firstStart);
        var after = _chunks[last].Text.AsSpan(end - lastStart);
        var rewritten = string.Concat(before, replacement, after);

        // Take in neighbours until the rewritten text again ends after a line break (or is the end of the document)
        // and neither of its ends would join with a neighbour into one \r\n.
        while (last < _chunks.Length - 1 && (!EndsWithLineBreak(rewritten) || (rewritten.EndsWith('\r') && _chunks[last + 1].Text.StartsWith('\n'))))
        {
            last++;
            rewritten += _chunks[last].Text;
        }
        if (first > 0 && rewritten.StartsWith('\n') && _chunks[first - 1].Text.EndsWith('\r'))
        {
            first--;
            rewritten = _chunks[first].Text + rewritten;
        }

        var chunks = ImmutableArray.CreateBuilder<Chunk>(_chunks.Length + rewritten.Length / ChunkLength + 1);
        chunks.AddRange(_chunks.AsSpan()[..first]);
        Cut(rewritten, chunks);
        chunks.AddRange(_chunks.AsSpan()[(last + 1)..]);
        if (chunks.Count == 0)
        {
            chunks.Add(new Chunk(""));
        }
        return new DocumentText(chunks.DrainToImmutable());
    }

    public override string ToString()
    {
        if (_chunks.Length == 1)
        {
            return _chunks[0].Text;
        }
        return string.Create(Length, _chunks, static (destination, chunks) =>
        {
            foreach (var chunk in chunks)
            {
                chunk.Text.CopyTo(destination);
                destination = destination[chunk.Text.Length..];
            }
        });
    }

    /// <summary>The chunk holding <paramref name="offset"/> (the last one for the end of the text) and where it starts.</summary>
    private (int Index, int Start) ChunkAt(int offset)
    {
        var start = 0;
        for (var i = 0; i < _chunks.Length - 1; i++)
        {
            var length = _chunks[i].Text.Length;
            if (offset < start + length)
            {
                return (i, start);
            }
            start += length;
        }
        return (_chunks.Length - 1, start);
    }

    /// <summary>Cuts <paramref name="text"/> after the first line break at or past every <see cref="ChunkLength"/> characters.</summary>
    private static void Cut(string text, ImmutableArray<Chunk>.Builder chunks)
    {
        var start = 0;
        while (text.Length - start > ChunkLength)
        {
            var breakAt = text.AsSpan(start + ChunkLength).IndexOfAny('\r', '\n');
            if (breakAt < 0)
            {
                break;
            }
            var end = start + ChunkLength + breakAt + 1;
            if (text[end - 1] == '\r' && end < text.Length && text[end] == '\n')
            {
                end++;
            }
            chunks.Add(new Chunk(text[start..end]));
            start = end;
        }
        if (start < text.Length)
        {
            chunks.Add(new Chunk(start == 0 ? text : text[start..]));
        }
    }

    private static bool EndsWithLineBreak(string text) => text.Length > 0 && text[^1] is '\n' or '\r';

    /// <summary>Whole lines of the text; where its lines start is found on first use and kept with it, for every version that shares it.</summary>
    private sealed class Chunk(string text)
    {
        private int[]? _lineBreakEnds;

        public string Text { get; } = text;

        public int LineBreaks => LineBreakEnds.Length;

        /// <summary>The offset after each line break (after the \n of a \r\n).</summary>
        private int[] LineBreakEnds => _lineBreakEnds ??= FindLineBreakEnds(Text);

        /// <summary>Where a line of this chunk starts, and where its content ends (before its line break).</summary>
        public (int Start, int End) LineBounds(int line)
        {
            var ends = LineBreakEnds;
            line = Math.Clamp(line, 0, ends.Length);
            var start = line == 0 ? 0 : ends[line - 1];
            if (line == ends.Length)
            {
                return (start, Text.Length);
            }
            var next = ends[line];
            return (start, next - (next >= 2 && Text[next - 2] == '\r' && Text[next - 1] == '\n' ? 2 : 1));
        }

        private static int[] FindLineBreakEnds(string text)
        {
            var ends = new List<int>();
            var span = text.AsSpan();
            var i = span.IndexOfAny('\r', '\n');
            while (i >= 0)
            {
                if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
                {
                    i++;
                }
                ends.Add(i + 1);
                var next = span[(i + 1)..].IndexOfAny('\r', '\n');
                i = next < 0 ? -1 : i + 1 + next;
            }
            return [.. ends];
        }
    }
}
