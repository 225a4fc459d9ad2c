using System.Buffers;

namespace ClawDev.Core.Python.Tokens;

internal enum StringScanOutcome
{
    Closed,

    /// <summary>A single-quoted literal met a line break; End is the line break's offset.</summary>
    UnterminatedAtLineBreak,

    /// <summary>The input ended first; End is the input's length.</summary>
    UnterminatedAtEndOfFile,
}

internal readonly record struct StringScanResult(StringScanOutcome Outcome, int End);

/// <summary>
/// Finds the end of a string literal, f-strings included with PEP 701 semantics: replacement fields may hold
/// strings with the same quotes, nested f-strings, comments, and format specs with nested fields
/// (<c>f"{x:{w}}"</c>). Nesting lives on an explicit stack, so no input can exhaust the call stack.
/// </summary>
internal sealed class StringScanner
{
    private enum FrameKind : byte
    {
        /// <summary>Literal text of a string (of the outer literal or of one nested in a replacement field).</summary>
        Literal,

        /// <summary>The expression part of a replacement field.</summary>
        Expression,

        /// <summary>The format spec after ':' in a replacement field: literal text that may hold nested fields.</summary>
        FormatSpec,
    }

    /// <summary>Quote, Triple, Raw and Format describe the string that owns the frame.</summary>
    private struct Frame
    {
        public FrameKind Kind;
        public char Quote;
        public bool Triple;
        public bool Raw;
        public bool Format;
        public int BracketDepth;
    }

    private static readonly SearchValues<char> SingleQuoted = SearchValues.Create("'\\\r\n");
    private static readonly SearchValues<char> TripleSingleQuoted = SearchValues.Create("'\\");
    private static readonly SearchValues<char> SingleQuotedFormat = SearchValues.Create("'\\\r\n{}");
    private static readonly SearchValues<char> TripleSingleQuotedFormat = SearchValues.Create("'\\{}");
    private static readonly SearchValues<char> DoubleQuoted = SearchValues.Create("\"\\\r\n");
    private static readonly SearchValues<char> TripleDoubleQuoted = SearchValues.Create("\"\\");
    private static readonly SearchValues<char> DoubleQuotedFormat = SearchValues.Create("\"\\\r\n{}");
    private static readonly SearchValues<char> TripleDoubleQuotedFormat = SearchValues.Create("\"\\{}");

    private Frame[] _frames = new Frame[4];
    private int _count;

    /// <summary>
    /// Whether a replacement field may continue on the next line (always true for valid code; in Python 3.12+
    /// even in single-quoted f-strings). The tokenizer turns this off once a string has run to the end of the
    /// file: from then on the file is known to be broken, and a file full of unclosed fields must not make each
    /// of them scan to the end again.
    /// </summary>
    public bool AllowMultilineFields { get; set; } = true;

    /// <param name="quote">Offset of the opening quote (after any prefix).</param>
    public StringScanResult Scan(string text, int quote, bool raw, bool format)
    {
        _count = 0;
        var pos = quote;
        Push(text, ref pos, raw, format);
        while (pos < text.Length)
        {
            ref var frame = ref _frames[_count - 1];
            var step = frame.Kind == FrameKind.Expression
                ? ScanExpression(text, ref pos, ref frame)
                : ScanLiteral(text, ref pos, ref frame);
            if (step is { } result)
            {
                return result;
            }
        }
        return new StringScanResult(StringScanOutcome.UnterminatedAtEndOfFile, text.Length);
    }

    /// <summary>Advances through literal text (or a format spec); returns a result when the scan is over.</summary>
    private StringScanResult? ScanLiteral(string text, ref int pos, ref Frame frame)
    {
        var next = text.AsSpan(pos).IndexOfAny(StopsFor(frame));
        if (next < 0)
        {
            pos = text.Length;
            return null;
        }
        pos += next;
        var c = text[pos];
        switch (c)
        {
            case '\\':
                pos = EscapeEnd(text, pos, frame);
                return null;
            case '\r' or '\n':
                return new StringScanResult(StringScanOutcome.UnterminatedAtLineBreak, pos);
            case '{':
                if (frame.Kind == FrameKind.Literal && pos + 1 < text.Length && text[pos + 1] == '{')
                {
                    pos += 2;
                    return null;
                }
                pos++;
                PushField(frame);
                return null;
            case '}':
                if (frame.Kind == FrameKind.FormatSpec)
                {
                    _count--;
                    pos++;
                    return null;
                }
                pos += pos + 1 < text.Length && text[pos + 1] == '}' ? 2 : 1;
                return null;
            default:
                if (!IsClosingQuote(text, pos, frame))
                {
                    pos++;
                    return null;
                }
                pos += frame.Triple ? 3 : 1;
                // Close the string that owns this frame, and with it any replacement field left open inside it.
                while (_count > 0 && _frames[--_count].Kind != FrameKind.Literal)
                {
                }
                return _count == 0 ? new StringScanResult(StringScanOutcome.Closed, pos) : null;
        }
    }

    /// <summary>Advances through the expression part of a replacement field.</summary>
    private StringScanResult? ScanExpression(string text, ref int pos, ref Frame frame)
    {
        var c = text[pos];
        if (c is '\'' or '"')
        {
            Push(text, ref pos, raw: false, format: false);
            return null;
        }
        var identifierStart = IdentifierCharacters.StartLength(text, pos);
        if (identifierStart > 0)
        {
            var end = IdentifierCharacters.ScanRest(text, pos + identifierStart);
            if (end < text.Length && text[end] is '\'' or '"'
                && StringPrefix.TryParse(text.AsSpan(pos, end - pos), out var raw, out var format))
            {
                pos = end;
                Push(text, ref pos, raw, format);
                return null;
            }
            pos = end;
            return null;
        }
        switch (c)
        {
            case '#':
                var lineEnd = text.AsSpan(pos).IndexOfAny('\r', '\n');
                pos = lineEnd < 0 ? text.Length : pos + lineEnd;
                break;
            case '\r' or '\n':
                if (!AllowMultilineFields)
                {
                    return new StringScanResult(StringScanOutcome.UnterminatedAtLineBreak, pos);
                }
                pos++;
                break;
            case '(' or '[' or '{':
                frame.BracketDepth++;
                pos++;
                break;
            case ')' or ']':
                if (frame.BracketDepth > 0)
                {
                    frame.BracketDepth--;
                }
                pos++;
                break;
            case '}':
                pos++;
                if (frame.BracketDepth > 0)
                {
                    frame.BracketDepth--;
                }
                else
                {
                    _count--;
                }
                break;
            case ':' when frame.BracketDepth == 0:
                frame.Kind = FrameKind.FormatSpec;
                pos++;
                break;
            default:
                pos++;
                break;
        }
        return null;
    }

    /// <summary>
    /// Where the escape starting with the backslash at <paramref name="pos"/> ends. Even in a raw string a
    /// backslash keeps the next character from closing the literal. In an f-string it never escapes a brace
    /// (<c>rf"\{{"</c> is a backslash and an escaped brace), and <c>\N{...}</c> names a character instead of
    /// opening a replacement field.
    /// </summary>
    private static int EscapeEnd(string text, int pos, in Frame frame)
    {
        var next = pos + 1;
        if (next == text.Length)
        {
            return next;
        }
        var escaped = text[next];
        if (frame.Format)
        {
            if (escaped is '{' or '}')
            {
                return next;
            }
            if (escaped == 'N' && !frame.Raw && next + 1 < text.Length && text[next + 1] == '{')
            {
                var close = text.AsSpan(next).IndexOfAny('}', frame.Quote, '\n');
                return close < 0 ? text.Length : next + close + (text[next + close] == '}' ? 1 : 0);
            }
        }
        return escaped == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? next + 2 : next + 1;
    }

    private static bool IsClosingQuote(string text, int pos, in Frame frame) =>
        text[pos] == frame.Quote
        && (!frame.Triple || (pos + 2 < text.Length && text[pos + 1] == frame.Quote && text[pos + 2] == frame.Quote));

    private static SearchValues<char> StopsFor(in Frame frame) => (frame.Quote, frame.Triple, frame.Format || frame.Kind == FrameKind.FormatSpec) switch
    {
        ('\'', false, false) => SingleQuoted,
        ('\'', true, false) => TripleSingleQuoted,
        ('\'', false, true) => SingleQuotedFormat,
        ('\'', true, true) => TripleSingleQuotedFormat,
        (_, false, false) => DoubleQuoted,
        (_, true, false) => TripleDoubleQuoted,
        (_, false, true) => DoubleQuotedFormat,
        _ => TripleDoubleQuotedFormat,
    };

    /// <summary>Opens a literal whose quote is at <paramref name="pos"/> and moves past the opening quotes.</summary>
    private void Push(string text, ref int pos, bool raw, bool format)
    {
        var quote = text[pos];
        var triple = pos + 2 < text.Length && text[pos + 1] == quote && text[pos + 2] == quote;
        pos += triple ? 3 : 1;
        Grow();
        _frames[_count++] = new Frame { Kind = FrameKind.Literal, Quote = quote, Triple = triple, Raw = raw, Format = format };
    }

    private void PushField(in Frame owner)
    {
        var field = new Frame { Kind = FrameKind.Expression, Quote = owner.Quote, Triple = owner.Triple, Raw = owner.Raw, Format = true };
        Grow();
        _frames[_count++] = field;
    }

    private void Grow()
    {
        if (_count == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }
    }
}
