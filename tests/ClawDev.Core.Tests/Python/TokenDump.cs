using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Tests.Python;

/// <summary>Renders tokens as "KIND:text" words (text only where it says something), for compact expectations.</summary>
internal static class TokenDump
{
    public static string Render(string source) =>
        string.Join(" ", PythonTokenizer.Tokenize(source).Select(token => Render(source, token)));

    private static string Render(string source, Token token) => token.Kind switch
    {
        TokenKind.Name => "NAME:" + Text(source, token),
        TokenKind.Number => "NUMBER:" + Text(source, token),
        TokenKind.String => "STRING:" + Text(source, token),
        TokenKind.Operator => "OP:" + Text(source, token),
        TokenKind.Comment => "COMMENT:" + Text(source, token),
        TokenKind.Error => "ERROR:" + Text(source, token),
        TokenKind.NewLine => "NEWLINE",
        TokenKind.LineBreak => "NL",
        TokenKind.Indent => "INDENT",
        TokenKind.Dedent => "DEDENT",
        _ => "END",
    };

    private static string Text(string source, Token token) =>
        source.Substring(token.Start, token.Length).Replace("\r", "\\r").Replace("\n", "\\n");
}
