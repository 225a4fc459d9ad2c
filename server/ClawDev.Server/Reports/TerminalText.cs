using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ClawDev.Server.Reports;

/// <summary>
/// Text from files, configuration and GitHub made safe for a terminal: control characters (C0, DEL, C1), which can
/// move the cursor, clear the screen, retitle the window or start a new report line, and the Unicode controls that
/// reorder or break lines, are written as escapes (<c>\x1b</c>, <c>\n</c>, <c>\u202e</c>). Everything else is kept.
/// </summary>
internal static class TerminalText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c))
        + "\u061C\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>An interpolated line whose values are escaped and whose literal text (its own line breaks) is kept:
    /// <c>TerminalText.Of($"#{number} {title}\n")</c>.</summary>
    public static string Of(ref EscapingInterpolation text) => text.ToStringAndClear();

    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (!Unsafe.Contains(c))
            {
                escaped.Append(c);
                continue;
            }
            escaped.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                <= '\u00FF' => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
            });
        }
        return escaped.ToString();
    }
}

/// <summary>Builds <see cref="TerminalText.Of"/>'s string: literals as written, every value through
/// <see cref="TerminalText.Escape"/>, numbers and dates in the invariant culture.</summary>
[InterpolatedStringHandler]
internal ref struct EscapingInterpolation(int literalLength, int formattedCount)
{
    private DefaultInterpolatedStringHandler _text = new(literalLength, formattedCount, CultureInfo.InvariantCulture);

    public void AppendLiteral(string literal) => _text.AppendLiteral(literal);

    public void AppendFormatted<T>(T value) => AppendFormatted(value, alignment: 0, format: null);

    public void AppendFormatted<T>(T value, string? format) => AppendFormatted(value, alignment: 0, format);

    /// <summary>A value padded to <paramref name="alignment"/> columns (left-aligned when negative), as in <c>{number,6}</c>.</summary>
    public void AppendFormatted<T>(T value, int alignment, string? format = null)
    {
        var formatted = value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString();
        _text.AppendFormatted(TerminalText.Escape(formatted ?? ""), alignment);
    }

    public string ToStringAndClear() => _text.ToStringAndClear();
}
