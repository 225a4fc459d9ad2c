using System.Text;
using ClawDev.Server.Lsp.Protocol;
using Range = ClawDev.Server.Lsp.Protocol.Range;

namespace ClawDev.Server.Lsp.Documents;

/// <summary>
/// Converts between LSP positions and UTF-16 offsets in a document, for the position encoding negotiated at
/// initialize. Per the specification a character past the end of its line means the end of the line, a line past
/// the end of the document means its end; a position inside a character (between the two halves of a surrogate
/// pair, or inside a UTF-8 sequence) is moved back to the start of that character.
/// </summary>
internal abstract class PositionEncoding
{
    public static PositionEncoding Utf16 { get; } = new Utf16Encoding();

    public static PositionEncoding Utf8 { get; } = new Utf8Encoding();

    /// <summary>The encoding's LSP name.</summary>
    public abstract string Name { get; }

    /// <summary>utf-8 when the client offers it, else utf-16 (which every client must support).</summary>
    public static PositionEncoding Negotiate(IReadOnlyList<string>? offered) =>
        offered is not null && offered.Contains(PositionEncodingKind.Utf8) ? Utf8 : Utf16;

    public int ToOffset(TextDocument document, Position position) => ToOffset(document.Content, position);

    public int ToOffset(DocumentText text, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }
        if (position.Line >= text.LineCount)
        {
            return text.Length;
        }
        var start = text.Line(position.Line, out var content);
        return start + OffsetInLine(content, Math.Max(position.Character, 0));
    }

    public Range ToRange(TextDocument document, int start, int end) => ToTextRange(document, start, end).ToProtocol();

    public TextRange ToTextRange(TextDocument document, int start, int end)
    {
        var (startLine, startCharacter) = PositionOf(document, start);
        var (endLine, endCharacter) = PositionOf(document, end);
        return new TextRange(startLine, startCharacter, endLine, endCharacter);
    }

    private (int Line, int Character) PositionOf(TextDocument document, int offset)
    {
        offset = Math.Clamp(offset, 0, document.Text.Length);
        var line = document.Lines.LineOf(offset);
        var start = document.Lines.LineStart(line);
        return (line, CharacterOf(document.Text.AsSpan(start, offset - start)));
    }

    /// <summary>The UTF-16 offset within <paramref name="line"/> of <paramref name="character"/> units of this encoding.</summary>
    protected abstract int OffsetInLine(ReadOnlySpan<char> line, int character);

    /// <summary>How many units of this encoding <paramref name="prefix"/> is.</summary>
    protected abstract int CharacterOf(ReadOnlySpan<char> prefix);

    private sealed class Utf16Encoding : PositionEncoding
    {
        public override string Name => PositionEncodingKind.Utf16;

        protected override int OffsetInLine(ReadOnlySpan<char> line, int character)
        {
            if (character >= line.Length)
            {
                return line.Length;
            }
            return character > 0 && char.IsHighSurrogate(line[character - 1]) && char.IsLowSurrogate(line[character])
                ? character - 1
                : character;
        }

        protected override int CharacterOf(ReadOnlySpan<char> prefix) => prefix.Length;
    }

    private sealed class Utf8Encoding : PositionEncoding
    {
        public override string Name => PositionEncodingKind.Utf8;

        protected override int OffsetInLine(ReadOnlySpan<char> line, int character)
        {
            var bytes = 0;
            var offset = 0;
            while (offset < line.Length)
            {
                var status = Rune.DecodeFromUtf16(line[offset..], out var rune, out var length);
                var width = status == System.Buffers.OperationStatus.Done ? rune.Utf8SequenceLength : 3;
                if (bytes + width > character)
                {
                    return offset;
                }
                bytes += width;
                offset += length;
            }
            return line.Length;
        }

        // A lone surrogate counts as U+FFFD (3 bytes), as it would once the text is encoded as UTF-8.
        protected override int CharacterOf(ReadOnlySpan<char> prefix) =>
            System.Text.Encoding.UTF8.GetByteCount(prefix);
    }
}
