using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>
/// Reads the lazy-import tables of Hugging Face packages, which name what an <c>__init__.py</c> exports without
/// importing it: <c>_import_structure = {"sub.module": ["Name", …]}</c> (transformers, diffusers, trl), then
/// <c>_import_structure["sub"] = […]</c>, <c>.extend([…])</c> and <c>.append("…")</c>; and huggingface_hub's
/// <c>_SUBMOD_ATTRS = {…}</c>. Entries whose keys or names are not string literals are skipped.
/// </summary>
internal sealed class LazyExportCollector(string text)
{
    private readonly List<LazyExport> _exports = [];
    private readonly List<ItemRange> _items = [];
    private readonly List<ItemRange> _names = [];

    public IReadOnlyList<LazyExport> Exports => _exports;

    /// <summary>Whether a module-level line may change a lazy-import table (its first token names one).</summary>
    public bool Concerns(ReadOnlySpan<Token> line) =>
        line.Length > 2 && line[0].Kind == TokenKind.Name && line[0].TextIn(text) is "_import_structure" or "_SUBMOD_ATTRS";

    public void Observe(ReadOnlySpan<Token> line)
    {
        switch (line[1].Tag)
        {
            case TokenTag.Equal:
                ReadTable(line[2..]);
                break;
            case TokenTag.Colon when TokenRanges.FindOutsideBrackets(line, 2, line.Length, TokenTag.Equal) is var equal and > 0:
                ReadTable(line[(equal + 1)..]);
                break;
            case TokenTag.LeftBracket:
                ReadItemChange(line[1..]);
                break;
        }
    }

    /// <summary><c>{"key": [names], …}</c>.</summary>
    private void ReadTable(ReadOnlySpan<Token> value)
    {
        if (value.Length < 2 || value[0].Tag != TokenTag.LeftBrace)
        {
            return;
        }
        var inside = value[1..TokenRanges.MatchingClose(value, 0)];
        TokenRanges.SplitItems(inside, 0, inside.Length, _items);
        foreach (var item in _items)
        {
            var entry = item.Of(inside);
            var colon = TokenRanges.FindOutsideBrackets(entry, 0, entry.Length, TokenTag.Colon);
            if (colon > 0 && StringConcatenation.TryRead(text, entry[..colon], out var key))
            {
                AddNames(key, entry[(colon + 1)..]);
            }
        }
    }

    /// <summary><c>["key"] = [names]</c>, <c>["key"].extend([names])</c>, <c>["key"].append("name")</c>.</summary>
    private void ReadItemChange(ReadOnlySpan<Token> tokens)
    {
        var close = TokenRanges.MatchingClose(tokens, 0);
        if (close >= tokens.Length || !StringConcatenation.TryRead(text, tokens[1..close], out var key))
        {
            return;
        }
        var rest = tokens[(close + 1)..];
        if (rest.Length > 1 && rest[0].Tag is TokenTag.Equal or TokenTag.PlusEqual)
        {
            AddNames(key, rest[1..]);
        }
        else if (rest.Length > 3 && rest[0].Tag == TokenTag.Dot && rest[2].Tag == TokenTag.LeftParenthesis)
        {
            var arguments = rest[3..TokenRanges.MatchingClose(rest, 2)];
            switch (rest[1].TextIn(text))
            {
                case "extend":
                    AddNames(key, arguments);
                    break;
                case "append" when StringConcatenation.TryRead(text, arguments, out var name):
                    _exports.Add(new LazyExport(key, name));
                    break;
            }
        }
    }

    /// <summary>A list or tuple of string literals.</summary>
    private void AddNames(string key, ReadOnlySpan<Token> value)
    {
        if (value.Length < 2 || value[0].Tag is not (TokenTag.LeftBracket or TokenTag.LeftParenthesis))
        {
            return;
        }
        var inside = value[1..TokenRanges.MatchingClose(value, 0)];
        TokenRanges.SplitItems(inside, 0, inside.Length, _names);
        foreach (var item in _names)
        {
            if (StringConcatenation.TryRead(text, item.Of(inside), out var name))
            {
                _exports.Add(new LazyExport(key, name));
            }
        }
    }
}
