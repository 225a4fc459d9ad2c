using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>
/// Finds what a body's statements do that documentation talks about: <c>raise X</c> (Raises), <c>yield</c>
/// (Yields) and <c>return value</c> (Returns; <c>return None</c> apart, which documents no value). A yield inside a lambda belongs to the lambda, so lambdas are
/// followed: one opens at 'lambda', its body starts at its ':' and ends at a ',' or 'for' at its bracket depth,
/// a closing bracket below it, or the end of the statement.
/// </summary>
internal sealed class BodyFactsScanner
{
    private readonly List<OpenLambda> _lambdas = [];

    public void Scan(string text, ReadOnlySpan<Token> statement, DefinitionBuilder target)
    {
        _lambdas.Clear();
        var depth = 0;
        for (var i = 0; i < statement.Length; i++)
        {
            switch (statement[i].Tag)
            {
                case TokenTag.LeftParenthesis or TokenTag.LeftBracket or TokenTag.LeftBrace:
                    depth++;
                    break;
                case TokenTag.RightParenthesis or TokenTag.RightBracket or TokenTag.RightBrace:
                    depth = Math.Max(0, depth - 1);
                    CloseLambdas(depth, endsBodyAtDepth: false);
                    break;
                case TokenTag.Lambda:
                    _lambdas.Add(new OpenLambda(depth, InBody: false));
                    break;
                case TokenTag.Colon when _lambdas.Count > 0 && _lambdas[^1] is var open && open.Depth == depth && !open.InBody:
                    _lambdas[^1] = new OpenLambda(depth, InBody: true);
                    break;
                case TokenTag.Comma or TokenTag.For:
                    CloseLambdas(depth, endsBodyAtDepth: true);
                    break;
                case TokenTag.Semicolon:
                    _lambdas.Clear();
                    depth = 0;
                    break;
                case TokenTag.Yield when _lambdas.Count == 0:
                    target.Yields = true;
                    break;
                case TokenTag.Return when i + 1 < statement.Length && statement[i + 1].Tag != TokenTag.Semicolon:
                    target.ReturnsValue = true;
                    target.ReturnsNotNone |= !IsNoneAlone(statement, i + 1);
                    break;
                case TokenTag.Raise:
                    if (RaisedName(text, statement, i + 1) is { } name)
                    {
                        target.AddRaised(name);
                    }
                    break;
            }
        }
    }

    /// <summary>Ends the lambdas opened deeper than <paramref name="depth"/> (a bracket closed), and with
    /// <paramref name="endsBodyAtDepth"/> (a ',' or 'for') those at it whose body has started.</summary>
    private void CloseLambdas(int depth, bool endsBodyAtDepth)
    {
        while (_lambdas.Count > 0
            && (_lambdas[^1].Depth > depth || (endsBodyAtDepth && _lambdas[^1].Depth == depth && _lambdas[^1].InBody)))
        {
            _lambdas.RemoveAt(_lambdas.Count - 1);
        }
    }

    /// <summary>The dotted name after 'raise' (<c>errors.Bad</c> in <c>raise errors.Bad(...)</c>), or null.</summary>
    private static string? RaisedName(string text, ReadOnlySpan<Token> statement, int start)
    {
        if (start >= statement.Length || !IsPlainName(statement[start]))
        {
            return null;
        }
        var end = start + 1;
        while (end + 1 < statement.Length && statement[end].Tag == TokenTag.Dot && IsPlainName(statement[end + 1]))
        {
            end += 2;
        }
        return SourceText.Concatenate(text, statement[start..end]);
    }

    /// <summary>Whether the return value starting at <paramref name="start"/> is the literal None and nothing else.</summary>
    private static bool IsNoneAlone(ReadOnlySpan<Token> statement, int start) =>
        statement[start].Tag == TokenTag.NoneKeyword && (start + 1 == statement.Length || statement[start + 1].Tag == TokenTag.Semicolon);

    private static bool IsPlainName(Token token) => token.Kind == TokenKind.Name && !token.Tag.IsKeyword();

    /// <summary>A lambda not yet ended: the bracket depth of its 'lambda', and whether its ':' (its body) was met.</summary>
    /// <remarks>A struct of our own rather than a tuple: List&lt;T&gt; over a framework-only type has no ReadyToRun code,
    /// so a scan ran its methods as unoptimised JIT code.</remarks>
    private readonly record struct OpenLambda(int Depth, bool InBody);
}
