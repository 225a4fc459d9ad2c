using System.Runtime.InteropServices;
using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>
/// pydocstyle 6.2.3's <c>parse_dunder_all</c>, token for token. It sees only the tokens of module-level lines
/// outside any block, and not those of decorators, definition headers, one-liner bodies or the names of a
/// <c>from ... import</c>. The first <c>__all__</c> there must be <c>__all__ = </c> followed by string literals
/// and commas, optionally inside one pair of () or [], and nothing after; pydocstyle evaluates them as
/// <c>"(" + tokens + ")"</c>, so <c>["a"]</c> reads as the string "a". Any later mention of <c>__all__</c>
/// (<c>+=</c>, <c>.extend</c>, <c>print(__all__)</c>) discards it.
/// </summary>
internal sealed class PydocstyleDunderAll(string text)
{
    private readonly List<Token> _content = [];
    private readonly List<string> _names = [];
    private bool _mentioned;

    /// <summary>The names pydocstyle would use, or null when it would have no <c>__all__</c>.</summary>
    public IReadOnlyList<string>? Names { get; private set; }

    /// <summary>True when <see cref="Names"/> holds the one string that <c>["a"]</c> evaluates to.</summary>
    public bool IsString { get; private set; }

    /// <param name="line">A logical line at module level outside blocks, not a decorator or definition.</param>
    public void Observe(ReadOnlySpan<Token> line)
    {
        for (var i = FirstTokenSeen(line); i < line.Length; i++)
        {
            if (line[i].Tag != TokenTag.DunderAll)
            {
                continue;
            }
            if (_mentioned)
            {
                Discard();
                continue;
            }
            _mentioned = true;
            i = ParseAssignment(line, i + 1) - 1;
        }
    }

    /// <summary>pydocstyle's from-import parsing swallows the module and the imported names.</summary>
    private static int FirstTokenSeen(ReadOnlySpan<Token> line)
    {
        if (line[0].Tag != TokenTag.From)
        {
            return 0;
        }
        var import = 1;
        while (import < line.Length && line[import].Tag != TokenTag.Import)
        {
            import++;
        }
        var parenthesized = import + 1 < line.Length && line[import + 1].Tag == TokenTag.LeftParenthesis;
        var end = import + 1;
        while (end < line.Length && line[end].Tag != (parenthesized ? TokenTag.RightParenthesis : TokenTag.Semicolon))
        {
            end++;
        }
        return end;
    }

    /// <summary>Reads from just after the first <c>__all__</c>; returns where pydocstyle's loop resumes.</summary>
    private int ParseAssignment(ReadOnlySpan<Token> line, int i)
    {
        if (i >= line.Length || line[i].Tag != TokenTag.Equal)
        {
            return i;
        }
        i++;
        var surrounded = i < line.Length && line[i].Tag is TokenTag.LeftParenthesis or TokenTag.LeftBracket;
        if (surrounded)
        {
            i++;
        }
        _content.Clear();
        for (; i < line.Length; i++)
        {
            var token = line[i];
            if (surrounded && token.Tag is TokenTag.RightParenthesis or TokenTag.RightBracket)
            {
                break;
            }
            if (token.Kind != TokenKind.String && token.Tag != TokenTag.Comma)
            {
                return i;
            }
            _content.Add(token);
        }
        if (surrounded)
        {
            if (i == line.Length)
            {
                return i;
            }
            i++;
        }
        var hasComma = _content.Exists(t => t.Tag == TokenTag.Comma);
        if (!surrounded && !hasComma)
        {
            return i;
        }
        if (i < line.Length)
        {
            return i; // something follows the value: pydocstyle drops __all__
        }
        Evaluate(hasComma);
        return i;
    }

    /// <summary><c>eval("(" + content + ")")</c>: a tuple with a comma, else the one string.</summary>
    private void Evaluate(bool hasComma)
    {
        _names.Clear();
        var start = 0;
        for (var k = 0; k <= _content.Count; k++)
        {
            if (k < _content.Count && _content[k].Tag != TokenTag.Comma)
            {
                continue;
            }
            var item = CollectionsMarshal.AsSpan(_content)[start..k];
            start = k + 1;
            var isTrailingComma = item.IsEmpty && k == _content.Count && k > 0;
            if (isTrailingComma || (item.IsEmpty && _content.Count == 0))
            {
                continue;
            }
            if (hasComma && IsBytes(item))
            {
                continue; // a bytes item never equals a name: leaving it out keeps every membership test
            }
            if (!StringConcatenation.TryRead(text, item, out var name))
            {
                return; // a syntax error or a value that is not a str: pydocstyle has no __all__
            }
            _names.Add(name);
        }
        Names = _names.ToArray();
        IsString = !hasComma && _names.Count == 1;
    }

    private bool IsBytes(ReadOnlySpan<Token> item)
    {
        foreach (var token in item)
        {
            if (!StringLiteral.Of(text, token).IsBytes)
            {
                return false;
            }
        }
        return true;
    }

    private void Discard()
    {
        Names = null;
        IsString = false;
    }
}
