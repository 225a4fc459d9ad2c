using ClawDev.Core.Python.Parsing;
using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python;

/// <summary>
/// The value of a string literal the tokenizer found, for readers outside Core that walk its tokens (the ignore
/// lists of the upstream-awareness features): one reader of Python literals for the whole product.
/// </summary>
public static class PythonStrings
{
    /// <summary>
    /// The <c>str</c> value of a STRING token as <c>ast.literal_eval</c> gives it (escapes processed unless raw);
    /// null for a bytes literal or an f-string, whose value is not text known without running code.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="token"/> is not a STRING token.</exception>
    public static string? TextValue(string text, Token token)
    {
        if (token.Kind != TokenKind.String)
        {
            throw new ArgumentException($"a {token.Kind} token is not a string literal", nameof(token));
        }
        var literal = StringLiteral.Of(text, token);
        return literal.IsBytes || literal.IsFormat ? null : literal.Value(text);
    }
}
