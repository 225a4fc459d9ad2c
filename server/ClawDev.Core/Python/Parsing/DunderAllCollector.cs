using ClawDev.Core.Collections;
using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>
/// Reads the module's <c>__all__</c> statically from module-level statements (blocks such as
/// <c>if sys.platform == ...:</c> included): assignment (plain or annotated) of a list or tuple of string
/// literals, possibly summed with <c>__all__</c> itself; <c>+=</c>; <c>.extend([...])</c>; <c>.append("...")</c>;
/// <c>.remove("...")</c>. An unconditional assignment replaces what came before; one inside a block adds to it.
/// Anything that changes <c>__all__</c> in a way that cannot be read makes it not static.
/// </summary>
internal sealed class DunderAllCollector(string text)
{
    private readonly OrderedSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<ItemRange> _items = [];
    private bool _isStatic = true;
    private bool _seen;

    /// <param name="outsideBlocks">The line is at module level outside any block.</param>
    public void Observe(ReadOnlySpan<Token> line, bool outsideBlocks)
    {
        var depth = 0;
        var afterCompoundColon = false;
        for (var i = 0; i < line.Length; i++)
        {
            var tag = line[i].Tag;
            if (tag.IsOpeningBracket())
            {
                depth++;
            }
            else if (tag.IsClosingBracket())
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && tag == TokenTag.Colon)
            {
                afterCompoundColon = true;
            }
            else if (depth == 0 && tag == TokenTag.DunderAll && StartsStatement(line, i))
            {
                var end = TokenRanges.FindOutsideBrackets(line, i, line.Length, TokenTag.Semicolon);
                end = end < 0 ? line.Length : end;
                ObserveStatement(line[i..end], outsideBlocks && !afterCompoundColon);
                i = end;
            }
        }
    }

    /// <summary>The result, or null when no statement changed <c>__all__</c>.</summary>
    public DunderAll? Result(PydocstyleDunderAll pydocstyle) => _seen
        ? new DunderAll(_names.ToArray(), _isStatic, pydocstyle.Names) { PydocstyleNamesIsString = pydocstyle.IsString }
        : null;

    private static bool StartsStatement(ReadOnlySpan<Token> line, int i) =>
        i == 0 || line[i - 1].Tag is TokenTag.Semicolon or TokenTag.Colon;

    private void ObserveStatement(ReadOnlySpan<Token> statement, bool unconditional)
    {
        if (statement.Length < 2)
        {
            return;
        }
        switch (statement[1].Tag)
        {
            case TokenTag.Equal:
                Assign(statement[2..], unconditional);
                break;
            case TokenTag.Colon:
                var equal = TokenRanges.FindOutsideBrackets(statement, 2, statement.Length, TokenTag.Equal);
                if (equal > 0)
                {
                    Assign(statement[(equal + 1)..], unconditional);
                }
                break;
            case TokenTag.PlusEqual:
                Add(statement[2..]);
                break;
            case TokenTag.Dot when statement.Length > 3 && statement[3].Tag == TokenTag.LeftParenthesis:
                var close = TokenRanges.MatchingClose(statement, 3);
                CallMethod(statement[2].TextIn(text), statement[4..close]);
                break;
            case TokenTag.LeftBracket:
                Change(isStatic: false); // item assignment or deletion
                break;
        }
    }

    private void Assign(ReadOnlySpan<Token> value, bool unconditional)
    {
        // "__all__ = __all__ + [...]" keeps what was there.
        if (unconditional && TokenRanges.FindOutsideBrackets(value, 0, value.Length, TokenTag.DunderAll) < 0)
        {
            _names.Clear();
            _isStatic = true;
        }
        Add(value);
    }

    private void Add(ReadOnlySpan<Token> value) => Change(ReadValue(value));

    private void CallMethod(ReadOnlySpan<char> method, ReadOnlySpan<Token> arguments)
    {
        switch (method)
        {
            case "extend":
                Add(arguments);
                break;
            case "append":
                Change(ReadSingleString(arguments) is { } added && AddName(added));
                break;
            case "remove":
                var removed = ReadSingleString(arguments);
                if (removed is not null)
                {
                    _names.Remove(removed);
                }
                Change(removed is not null);
                break;
            case "count" or "index" or "copy" or "sort" or "reverse":
                break; // these do not change which names are listed
            default:
                Change(isStatic: false);
                break;
        }
    }

    private void Change(bool isStatic)
    {
        _seen = true;
        _isStatic &= isStatic;
    }

    /// <summary>Adds the names of a value: a sum of list/tuple literals (or a bare tuple) of strings, and
    /// <c>__all__</c> itself. Returns false when some part could not be read.</summary>
    private bool ReadValue(ReadOnlySpan<Token> value)
    {
        if (value.IsEmpty)
        {
            return false;
        }
        if (TokenRanges.FindOutsideBrackets(value, 0, value.Length, TokenTag.Plus) < 0
            && TokenRanges.FindOutsideBrackets(value, 0, value.Length, TokenTag.Comma) >= 0)
        {
            return ReadStrings(value);
        }
        var isStatic = true;
        var start = 0;
        while (start < value.Length)
        {
            var plus = TokenRanges.FindOutsideBrackets(value, start, value.Length, TokenTag.Plus);
            var end = plus < 0 ? value.Length : plus;
            isStatic &= ReadTerm(value[start..end]);
            start = end + 1;
        }
        return isStatic;
    }

    private bool ReadTerm(ReadOnlySpan<Token> term)
    {
        if (term.Length == 1 && term[0].Tag == TokenTag.DunderAll)
        {
            return true;
        }
        if (term.Length < 2 || TokenRanges.MatchingClose(term, 0) != term.Length - 1)
        {
            return false;
        }
        var inside = term[1..^1];
        return term[0].Tag switch
        {
            TokenTag.LeftBracket => ReadStrings(inside),
            // (…) is a tuple only with a comma (or when empty); otherwise it just groups an expression.
            TokenTag.LeftParenthesis => inside.IsEmpty || TokenRanges.FindOutsideBrackets(inside, 0, inside.Length, TokenTag.Comma) >= 0
                ? ReadStrings(inside)
                : ReadValue(inside),
            _ => false,
        };
    }

    /// <summary>Adds each comma-separated string literal (adjacent literals concatenate).</summary>
    private bool ReadStrings(ReadOnlySpan<Token> sequence)
    {
        TokenRanges.SplitItems(sequence, 0, sequence.Length, _items);
        var isStatic = true;
        foreach (var item in _items)
        {
            isStatic &= StringConcatenation.TryRead(text, item.Of(sequence), out var name) && AddName(name);
        }
        return isStatic;
    }

    private string? ReadSingleString(ReadOnlySpan<Token> arguments) =>
        StringConcatenation.TryRead(text, arguments, out var name) ? name : null;

    private bool AddName(string name)
    {
        _names.Add(name);
        return true;
    }
}
