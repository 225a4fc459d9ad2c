using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>
/// Reads a body's docstring the way pydocstyle does: the first token of the body, when it is a STRING token
/// of any prefix (bytes and f-strings included, as Python 3.11's tokenizer makes them STRING tokens).
/// </summary>
internal static class DocstringReader
{
    /// <param name="statement">The tokens of the body's first statement (or of a one-liner body).</param>
    public static Docstring? Read(string text, ReadOnlySpan<Token> statement)
    {
        if (statement.IsEmpty || statement[0].Kind != TokenKind.String)
        {
            return null;
        }
        var token = statement[0];
        var literal = StringLiteral.Of(text, token);
        return new Docstring(
            SourceText: text,
            Prefix: literal.Prefix,
            Quote: literal.Quote,
            Span: token.Span,
            ContentSpan: literal.Content,
            Indentation: SourceText.IndentationAt(text, token.Start),
            IsConcatenated: statement.Length > 1 && statement[1].Kind == TokenKind.String);
    }
}
