using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>
/// Parses <c>[async] def name[type params](parameters) [-> annotation]:</c> and
/// <c>class name[type params][(bases)]:</c>, tolerating whatever is missing.
/// </summary>
internal sealed class DefinitionHeaderParser(string text, SyntaxProblemLog problems)
{
    private readonly List<ItemRange> _items = [];
    private readonly ParameterListParser _parameters = new(text, problems);

    /// <summary>True when the logical line starts a definition: <c>def</c>, <c>class</c> or <c>async def</c>.</summary>
    public static bool StartsDefinition(ReadOnlySpan<Token> line) =>
        line[0].Tag is TokenTag.Def or TokenTag.Class
        || (line[0].Tag == TokenTag.Async && line.Length > 1 && line[1].Tag == TokenTag.Def);

    /// <returns>Null when the name is missing: nothing can be outlined without it.</returns>
    public DefinitionHeader? Parse(ReadOnlySpan<Token> line)
    {
        var isAsync = line[0].Tag == TokenTag.Async;
        var keywordIndex = isAsync ? 1 : 0;
        var keyword = line[keywordIndex];
        var kind = keyword.Tag == TokenTag.Class ? DefinitionKind.Class : DefinitionKind.Function;
        var nameIndex = keywordIndex + 1;
        if (nameIndex >= line.Length || line[nameIndex].Kind != TokenKind.Name || line[nameIndex].Tag.IsKeyword())
        {
            problems.Add($"expected a name after '{keyword.TextIn(text)}'", keyword.Span);
            return null;
        }
        var i = nameIndex + 1;
        var typeParameters = ReadBracketedItems(line, ref i, TokenTag.LeftBracket);
        IReadOnlyList<Parameter> parameters = [];
        IReadOnlyList<string> bases = [];
        string? returnAnnotation = null;
        if (kind == DefinitionKind.Function)
        {
            parameters = ReadParameters(line, ref i);
            returnAnnotation = ReadReturnAnnotation(line, ref i);
        }
        else
        {
            bases = ReadBracketedItems(line, ref i, TokenTag.LeftParenthesis);
        }
        var colon = FindColon(line, i, kind);
        return new DefinitionHeader
        {
            Kind = kind,
            IsAsync = isAsync,
            Keyword = keyword,
            Name = line[nameIndex],
            TypeParameters = typeParameters,
            Parameters = parameters,
            Bases = bases,
            ReturnAnnotation = returnAnnotation,
            ColonIndex = colon,
            ColonOffset = colon >= 0 ? line[colon].Start : -1,
            LastIndex = colon >= 0 ? colon : line.Length - 1,
        };
    }

    private IReadOnlyList<Parameter> ReadParameters(ReadOnlySpan<Token> line, ref int i)
    {
        if (i >= line.Length || line[i].Tag != TokenTag.LeftParenthesis)
        {
            problems.Add("expected '(' after the function name", line[Math.Min(i, line.Length - 1)].Span);
            return [];
        }
        var close = TokenRanges.MatchingClose(line, i);
        TokenRanges.SplitItems(line, i + 1, close, _items);
        var parameters = _parameters.Parse(line, _items);
        i = close + 1;
        return parameters;
    }

    private string? ReadReturnAnnotation(ReadOnlySpan<Token> line, ref int i)
    {
        if (i >= line.Length || line[i].Tag != TokenTag.Arrow)
        {
            return null;
        }
        var end = TokenRanges.FindOutsideBrackets(line, i + 1, line.Length, TokenTag.Colon);
        end = end < 0 ? line.Length : end;
        var annotation = SourceText.Normalize(text, line[(i + 1)..end]);
        i = end;
        return annotation;
    }

    /// <summary>The items of an optional bracketed list at <paramref name="i"/> (type parameters, class bases).</summary>
    private IReadOnlyList<string> ReadBracketedItems(ReadOnlySpan<Token> line, ref int i, TokenTag opening)
    {
        if (i >= line.Length || line[i].Tag != opening)
        {
            return [];
        }
        var close = TokenRanges.MatchingClose(line, i);
        TokenRanges.SplitItems(line, i + 1, close, _items);
        var items = new string[_items.Count];
        for (var k = 0; k < items.Length; k++)
        {
            items[k] = SourceText.Normalize(text, _items[k].Of(line));
        }
        i = close + 1;
        return items;
    }

    private int FindColon(ReadOnlySpan<Token> line, int i, DefinitionKind kind)
    {
        if (i < line.Length && line[i].Tag == TokenTag.Colon)
        {
            return i;
        }
        var what = kind == DefinitionKind.Class ? "class" : "function";
        if (i >= line.Length)
        {
            problems.Add($"expected ':' after the {what} header", line[^1].Span);
            return -1;
        }
        problems.Add($"unexpected '{line[i].TextIn(text)}' in the {what} header", line[i].Span);
        return TokenRanges.FindOutsideBrackets(line, i, line.Length, TokenTag.Colon);
    }
}
