using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>
/// Parses the items of a parameter list: <c>/</c> (the parameters before it become positional-only),
/// <c>*</c> and <c>*args</c> (the parameters after them become keyword-only), <c>**kwargs</c>, annotations and defaults.
/// </summary>
internal sealed class ParameterListParser(string text, SyntaxProblemLog problems)
{
    public IReadOnlyList<Parameter> Parse(ReadOnlySpan<Token> line, List<ItemRange> items)
    {
        if (items.Count == 0)
        {
            return [];
        }
        var parameters = new List<Parameter>(items.Count);
        var keywordOnly = false;
        foreach (var range in items)
        {
            var item = range.Of(line);
            if (item.Length == 1 && item[0].Tag == TokenTag.Slash)
            {
                MakePositionalOnly(parameters);
                continue;
            }
            if (item.Length == 1 && item[0].Tag == TokenTag.Star)
            {
                keywordOnly = true;
                continue;
            }
            var kind = keywordOnly ? ParameterKind.KeywordOnly : ParameterKind.PositionalOrKeyword;
            var i = 0;
            if (item[0].Tag == TokenTag.Star)
            {
                kind = ParameterKind.VarPositional;
                keywordOnly = true;
                i++;
            }
            else if (item[0].Tag == TokenTag.DoubleStar)
            {
                kind = ParameterKind.VarKeyword;
                i++;
            }
            if (Read(item, i, kind) is { } parameter)
            {
                parameters.Add(parameter);
            }
        }
        return parameters;
    }

    private Parameter? Read(ReadOnlySpan<Token> item, int i, ParameterKind kind)
    {
        if (i >= item.Length || item[i].Kind != TokenKind.Name || item[i].Tag.IsKeyword())
        {
            problems.Add("expected a parameter name", item[Math.Min(i, item.Length - 1)].Span);
            return null;
        }
        var name = item[i];
        string? annotation = null, defaultValue = null;
        i++;
        if (i < item.Length && item[i].Tag == TokenTag.Colon)
        {
            var end = TokenRanges.FindOutsideBrackets(item, i + 1, item.Length, TokenTag.Equal);
            end = end < 0 ? item.Length : end;
            annotation = SourceText.Normalize(text, item[(i + 1)..end]);
            i = end;
        }
        if (i < item.Length && item[i].Tag == TokenTag.Equal)
        {
            defaultValue = SourceText.Normalize(text, item[(i + 1)..]);
            i = item.Length;
        }
        if (i < item.Length)
        {
            problems.Add($"unexpected '{item[i].TextIn(text)}' in the parameter list", item[i].Span);
        }
        return new Parameter(name.TextIn(text).ToString(), kind, annotation, defaultValue, name.Span);
    }

    private static void MakePositionalOnly(List<Parameter> parameters)
    {
        for (var k = 0; k < parameters.Count; k++)
        {
            if (parameters[k].Kind == ParameterKind.PositionalOrKeyword)
            {
                parameters[k] = parameters[k] with { Kind = ParameterKind.PositionalOnly };
            }
        }
    }
}
