namespace ClawDev.Core.Rules.Pydocstyle;

/// <summary>
/// Python's <c>str</c> semantics that pydocstyle relies on (<c>isspace</c>, <c>\w</c>, <c>strip</c>,
/// <c>splitlines</c>), so the port matches character for character where .NET's notions differ.
/// </summary>
internal static class PythonText
{
    /// <summary>str.isspace() / regex \s: .NET's white space plus the information separators U+001C–U+001F.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';

    /// <summary>Regex \w for str patterns: letters, every kind of number, and '_' (no combining marks, unlike .NET's \w).</summary>
    public static bool IsWordChar(char c) => c == '_' || char.IsLetter(c) || char.IsNumber(c);

    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> s) => LStrip(RStrip(s));

    public static ReadOnlySpan<char> LStrip(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }
        return s[i..];
    }

    public static ReadOnlySpan<char> RStrip(ReadOnlySpan<char> s)
    {
        var end = s.Length;
        while (end > 0 && IsSpace(s[end - 1]))
        {
            end--;
        }
        return s[..end];
    }

    /// <summary>pydocstyle's is_blank: nothing but white space.</summary>
    public static bool IsBlank(ReadOnlySpan<char> s) => LStrip(s).IsEmpty;

    /// <summary>pydocstyle's leading_space: the match of <c>\s*</c> at the start.</summary>
    public static ReadOnlySpan<char> LeadingSpace(ReadOnlySpan<char> s) => s[..(s.Length - LStrip(s).Length)];

    /// <summary>True for the characters str.splitlines() breaks at.</summary>
    public static bool IsLineBreak(char c) =>
        c is '\n' or '\r' or '\u000b' or '\u000c' or '\u001c' or '\u001d' or '\u001e' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>The length of str.splitlines(keepends=True)[0]: the first line with its line break.</summary>
    public static int FirstLineLength(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsLineBreak(text[i]))
            {
                return text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }
        return text.Length;
    }

    /// <summary>
    /// Source text as Python's universal-newline reading gives it to pydocstyle: "\r\n" and "\r" become "\n".
    /// Returns the input itself when there is nothing to change.
    /// </summary>
    public static ReadOnlySpan<char> UniversalNewlines(ReadOnlySpan<char> text)
    {
        if (!text.Contains('\r'))
        {
            return text;
        }
        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }
}
