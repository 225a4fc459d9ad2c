using System.Buffers;
using System.Globalization;
using System.Text;

namespace ClawDev.Core.Python.Tokens;

/// <summary>Python's identifier rules (PEP 3131): XID_Start / XID_Continue, with an ASCII fast path.</summary>
internal static class IdentifierCharacters
{
    public static bool IsAsciiStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsAsciiContinue(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>Length in UTF-16 units of the identifier character at <paramref name="index"/>, or 0 when none starts there.</summary>
    public static int StartLength(string text, int index)
    {
        var c = text[index];
        if (c < 128)
        {
            return IsAsciiStart(c) ? 1 : 0;
        }
        return Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var length) == OperationStatus.Done
            && IsStart(rune) ? length : 0;
    }

    /// <summary>Offset just past the identifier whose first character starts at <paramref name="start"/>.</summary>
    public static int ScanRest(string text, int start)
    {
        var pos = start;
        while (true)
        {
            // A plain loop: names are short, and the vectorised search over a character set had no code compiled
            // ahead of time for this CPU, so every process compiled it first.
            while (pos < text.Length && IsAsciiContinue(text[pos]))
            {
                pos++;
            }
            if (pos == text.Length)
            {
                return pos;
            }
            if (text[pos] < 128
                || Rune.DecodeFromUtf16(text.AsSpan(pos), out var rune, out var length) != OperationStatus.Done
                || !IsContinue(rune))
            {
                return pos;
            }
            pos += length;
        }
    }

    private static bool IsStart(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
        _ => IsOtherIdStart(rune.Value),
    };

    private static bool IsContinue(Rune rune) => IsStart(rune) || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation => true,
        _ => IsOtherIdContinue(rune.Value),
    };

    // Unicode's Other_ID_Start and Other_ID_Continue properties, which Python's identifiers include.
    private static bool IsOtherIdStart(int value) => value is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C;

    private static bool IsOtherIdContinue(int value) => value is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA;
}
