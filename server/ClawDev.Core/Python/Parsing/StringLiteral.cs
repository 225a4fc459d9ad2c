using System.Globalization;
using System.Text;
using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>The parts of one STRING token and its value.</summary>
/// <param name="Prefix">The prefix exactly as written.</param>
/// <param name="Quote">""" ''' " or '.</param>
/// <param name="Content">The span between the quotes.</param>
internal readonly record struct StringLiteral(string Prefix, string Quote, TextSpan Content, bool IsRaw, bool IsBytes, bool IsFormat)
{
    public static StringLiteral Of(string text, Token token)
    {
        var literal = token.TextIn(text);
        var prefixLength = StringPrefix.LengthOf(literal);
        var quoteChar = literal[prefixLength];
        var quoteLength = literal.Length - prefixLength >= 6 && literal[prefixLength + 1] == quoteChar && literal[prefixLength + 2] == quoteChar ? 3 : 1;
        return Of(
            prefixLength == 0 ? "" : literal[..prefixLength].ToString(),
            quoteLength == 3 ? (quoteChar == '"' ? "\"\"\"" : "'''") : (quoteChar == '"' ? "\"" : "'"),
            new TextSpan(token.Start + prefixLength + quoteLength, token.End - quoteLength));
    }

    public static StringLiteral Of(string prefix, string quote, TextSpan content) => new(
        prefix,
        quote,
        content,
        prefix.AsSpan().IndexOfAny('r', 'R') >= 0,
        prefix.AsSpan().IndexOfAny('b', 'B') >= 0,
        prefix.AsSpan().IndexOfAny('f', 'F') >= 0);

    /// <summary>
    /// The value as <c>ast.literal_eval</c> gives it: escapes processed unless raw, line ends read as \n. Bytes
    /// map to the characters U+0000–U+00FF. <c>\N{...}</c> stays as written (there is no Unicode name table
    /// here); an f-string keeps its replacement fields as written.
    /// </summary>
    public string Value(string text)
    {
        var content = text.AsSpan(Content.Start, Content.Length);
        if (IsRaw || content.IndexOfAny('\\', '\r') < 0)
        {
            return content.IndexOf('\r') < 0 ? content.ToString() : NormalizeLineEnds(content);
        }
        var value = new StringBuilder(content.Length);
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\r')
            {
                value.Append('\n');
                i += i + 1 < content.Length && content[i + 1] == '\n' ? 1 : 0;
            }
            else if (c != '\\' || i + 1 == content.Length)
            {
                value.Append(c);
            }
            else
            {
                i = AppendEscape(content, i, value);
            }
        }
        return value.ToString();
    }

    /// <summary><see cref="Value"/> without a copy when the content as written is the value (raw or without
    /// escapes, and no '\r'), as it is for most docstrings.</summary>
    public ReadOnlySpan<char> ValueText(string text)
    {
        var content = text.AsSpan(Content.Start, Content.Length);
        return content.IndexOfAny('\\', '\r') < 0 || (IsRaw && !content.Contains('\r')) ? content : Value(text);
    }

    /// <summary>Appends the escape starting with the backslash at <paramref name="i"/>; returns the index of its last character.</summary>
    private int AppendEscape(ReadOnlySpan<char> content, int i, StringBuilder value)
    {
        var next = content[i + 1];
        switch (next)
        {
            case '\n':
                return i + 1;
            case '\r':
                return i + 1 + (i + 2 < content.Length && content[i + 2] == '\n' ? 1 : 0);
            case '\\' or '\'' or '"':
                value.Append(next);
                return i + 1;
            case 'a':
                value.Append('\a');
                return i + 1;
            case 'b':
                value.Append('\b');
                return i + 1;
            case 'f':
                value.Append('\f');
                return i + 1;
            case 'n':
                value.Append('\n');
                return i + 1;
            case 'r':
                value.Append('\r');
                return i + 1;
            case 't':
                value.Append('\t');
                return i + 1;
            case 'v':
                value.Append('\v');
                return i + 1;
            case >= '0' and <= '7':
                var digits = 1;
                while (digits < 3 && i + 1 + digits < content.Length && content[i + 1 + digits] is >= '0' and <= '7')
                {
                    digits++;
                }
                value.Append((char)Convert.ToInt32(content.Slice(i + 1, digits).ToString(), 8));
                return i + digits;
            case 'x':
                return AppendHex(content, i, 2, value);
            case 'u' when !IsBytes:
                return AppendHex(content, i, 4, value);
            case 'U' when !IsBytes:
                return AppendHex(content, i, 8, value);
            default:
                value.Append('\\');
                return i; // unknown escapes (and \N{...}) keep their backslash
        }
    }

    private static int AppendHex(ReadOnlySpan<char> content, int i, int digits, StringBuilder value)
    {
        var start = i + 2;
        if (start + digits <= content.Length
            && int.TryParse(content.Slice(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint)
            && Rune.IsValid(codePoint))
        {
            value.Append(new Rune(codePoint).ToString());
            return start + digits - 1;
        }
        value.Append('\\');
        return i; // malformed: Python rejects it; keep the text
    }

    private static string NormalizeLineEnds(ReadOnlySpan<char> content) =>
        content.ToString().Replace("\r\n", "\n").Replace('\r', '\n');
}
