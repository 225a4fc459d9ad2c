using System.Globalization;

namespace ClawDev.Core.Library;

/// <summary>
/// Reading one line of a page or comment by hand, with regular expressions' meaning of white space and <c>\w</c>:
/// the documentation pages' directives and the copy comments are read this way, not by generated regular
/// expressions, whose first run (their vectorised searches compiled at start) cost a scan more than the reading.
/// </summary>
internal static class LineText
{
    /// <summary><c>\s+</c>: one or more white-space characters, then <paramref name="rest"/>.</summary>
    public static bool AfterSpaces(ReadOnlySpan<char> text, out ReadOnlySpan<char> rest)
    {
        rest = text.TrimStart();
        return rest.Length < text.Length;
    }

    /// <summary><c>[A-Za-z_]</c>.</summary>
    public static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    /// <summary>How many characters of <c>\w*</c> (with <paramref name="dots"/>, <c>[\w.]*</c>) <paramref name="text"/> starts with.</summary>
    public static int NameLength(ReadOnlySpan<char> text, bool dots)
    {
        var length = 0;
        while (length < text.Length && (IsWordCharacter(text[length]) || (dots && text[length] == '.')))
        {
            length++;
        }
        return length;
    }

    /// <summary><c>\w</c>: letters, decimal digits, combining marks and connector punctuation ('_').</summary>
    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;
}
