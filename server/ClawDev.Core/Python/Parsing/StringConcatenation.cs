using System.Text;
using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>The value of adjacent string literals, when it can be known without running code.</summary>
internal static class StringConcatenation
{
    /// <summary>
    /// Reads <paramref name="tokens"/> as one or more adjacent <c>str</c> literals. False for anything else,
    /// for bytes, and for f-strings with replacement fields.
    /// </summary>
    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, out string value)
    {
        value = "";
        if (tokens.IsEmpty)
        {
            return false;
        }
        var builder = tokens.Length > 1 ? new StringBuilder() : null;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.String)
            {
                return false;
            }
            var literal = StringLiteral.Of(text, token);
            if (literal.IsBytes || (literal.IsFormat && text.AsSpan(literal.Content.Start, literal.Content.Length).IndexOfAny('{', '}') >= 0))
            {
                return false;
            }
            var part = literal.Value(text);
            if (builder is null)
            {
                value = part;
                return true;
            }
            builder.Append(part);
        }
        value = builder!.ToString();
        return true;
    }
}
