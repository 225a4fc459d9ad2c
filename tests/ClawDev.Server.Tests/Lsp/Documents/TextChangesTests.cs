using System.Text;
using ClawDev.Core.Python;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Protocol;
using Range = ClawDev.Server.Lsp.Protocol.Range;

namespace ClawDev.Server.Tests.Lsp.Documents;

/// <summary>didChange's content changes applied to a document text, checked against plain string editing.</summary>
public sealed class TextChangesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_changes_across_chunks_and_line_break_kinds_give_the_text_plain_string_editing_gives(int seed)
    {
        var random = new Random(seed);
        var expected = RandomText(random, 4 * DocumentText.ChunkLength);
        var document = new TextDocument("file:///m.py", "python", 1, expected);
        for (var version = 2; version < 300; version++)
        {
            var changes = new List<TextDocumentContentChangeEvent>();
            for (var count = random.Next(1, 12); count > 0; count--)
            {
                var change = RandomChange(random, expected);
                changes.Add(change);
                expected = Reference.Apply(expected, change);
            }
            document = TextChanges.Apply(document, version, changes, PositionEncoding.Utf16);
        }

        Assert.Equal(expected, document.Text);
        var lines = LineIndex.Create(expected);
        Assert.Equal(lines.LineCount, document.Content.LineCount);
        for (var line = 0; line < lines.LineCount; line++)
        {
            Assert.Equal(lines.LineStart(line), document.Content.Line(line, out _));
        }
    }

    [Fact]
    public void Thousands_of_changes_in_one_notification_to_a_megabyte_document_copy_what_they_touch_not_the_document()
    {
        // What "Replace All" sends: one change per match, last match first, each against the text the previous left.
        var line = "    total = compute(value, factor)  # scale the value\n";
        var text = string.Concat(Enumerable.Repeat(line, 1024 * 1024 / line.Length));
        var lineCount = text.Length / line.Length;
        var changes = Enumerable.Range(0, 4000)
            .Select(i => lineCount - 1 - i * (lineCount / 4000))
            .Select(l => new TextDocumentContentChangeEvent { Range = new Range(new Position(l, 12), new Position(l, 19)), Text = "evaluate" })
            .ToList();
        var document = new TextDocument("file:///m.py", "python", 1, text);
        _ = document.Content.LineCount;

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var changed = TextChanges.Apply(document, 2, changes, PositionEncoding.Utf16);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        // A copy of the text per change would be 4,000 × 2 MB; each change may copy a few chunks of lines.
        Assert.True(allocated < changes.Count * 8L * DocumentText.ChunkLength, $"{allocated / (1024 * 1024)} MB allocated");
        Assert.Equal(text.Length + changes.Count, changed.Text.Length);
        Assert.Equal(changes.Count, changed.Text.Split("= evaluate(").Length - 1);
        Assert.Equal(lineCount - changes.Count, changed.Text.Split("= compute(").Length - 1);
    }

    [Fact]
    public void A_change_that_joins_a_CR_and_an_LF_across_chunks_makes_one_line_break()
    {
        var chunkOfLines = string.Concat(Enumerable.Repeat("x = 1\r", DocumentText.ChunkLength / 6 + 1));
        var text = chunkOfLines + "y = 2\r" + chunkOfLines + "z\n";
        var document = new TextDocument("file:///m.py", "python", 1, "");
        document = TextChanges.Apply(document, 2, [new TextDocumentContentChangeEvent { Text = text }], PositionEncoding.Utf16);
        var expected = text;
        var random = new Random(7);
        for (var version = 3; version < 60; version++)
        {
            // Delete a whole line (its CR goes, so the line before now meets an LF or another line), or insert an LF at a line start.
            var lineIndex = LineIndex.Create(expected);
            var target = random.Next(lineIndex.LineCount - 1);
            var change = version % 2 == 0
                ? new TextDocumentContentChangeEvent { Range = new Range(new Position(target, 0), new Position(target + 1, 0)), Text = "" }
                : new TextDocumentContentChangeEvent { Range = new Range(new Position(target, 0), new Position(target, 0)), Text = "\n" };
            expected = Reference.Apply(expected, change);
            document = TextChanges.Apply(document, version, [change], PositionEncoding.Utf16);
            Assert.Equal(LineIndex.Create(expected).LineCount, document.Content.LineCount);
        }
        Assert.Equal(expected, document.Text);
    }

    private static string RandomText(Random random, int length)
    {
        string[] pieces = ["def f(x):", "    return x", "# é", "s = '😀'", "", "class A:", "\t pass", "x = [\\", "1]"];
        string[] breaks = ["\n", "\n", "\r\n", "\r"];
        var text = new StringBuilder(length + 64);
        while (text.Length < length)
        {
            text.Append(pieces[random.Next(pieces.Length)]).Append(breaks[random.Next(breaks.Length)]);
        }
        return text.ToString();
    }

    private static TextDocumentContentChangeEvent RandomChange(Random random, string text)
    {
        string[] inserts = ["", "x", "\n", "\r", "\r\n", "def g():\n    pass\n", "😀", "\n\r", "ab\rcd"];
        // Lines past the end too; the text has about one line per 9 characters.
        var start = new Position(random.Next(text.Length / 9 + 2), random.Next(40));
        var end = random.Next(4) == 0 ? start : new Position(start.Line + random.Next(3), random.Next(40));
        return new TextDocumentContentChangeEvent { Range = new Range(start, end), Text = inserts[random.Next(inserts.Length)] };
    }

    /// <summary>The specification's reading of a change, on a plain string (UTF-16 positions).</summary>
    private static class Reference
    {
        public static string Apply(string text, TextDocumentContentChangeEvent change)
        {
            if (change.Range is not { } range)
            {
                return change.Text;
            }
            var lines = LineIndex.Create(text);
            var start = Offset(text, lines, range.Start);
            var end = Offset(text, lines, range.End);
            if (end < start)
            {
                (start, end) = (end, start);
            }
            return text[..start] + change.Text + text[end..];
        }

        private static int Offset(string text, LineIndex lines, Position position)
        {
            if (position.Line >= lines.LineCount)
            {
                return text.Length;
            }
            var start = lines.LineStart(position.Line);
            var end = position.Line + 1 < lines.LineCount ? lines.LineStart(position.Line + 1) : text.Length;
            while (end > start && text[end - 1] is '\r' or '\n')
            {
                end--;
            }
            var offset = Math.Min(start + position.Character, end);
            return offset > start && offset < end && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]) ? offset - 1 : offset;
        }
    }
}
