using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>Bracket-aware navigation over the tokens of one logical line. Iterative: depth is a counter.</summary>
internal static class TokenRanges
{
    /// <summary>Index of the bracket closing the one at <paramref name="open"/>, or tokens.Length when it is never closed.</summary>
    public static int MatchingClose(ReadOnlySpan<Token> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Length; i++)
        {
            var tag = tokens[i].Tag;
            if (tag.IsOpeningBracket())
            {
                depth++;
            }
            else if (tag.IsClosingBracket() && --depth == 0)
            {
                return i;
            }
        }
        return tokens.Length;
    }

    /// <summary>First index in [from, to) holding <paramref name="tag"/> outside any bracket, or -1.</summary>
    public static int FindOutsideBrackets(ReadOnlySpan<Token> tokens, int from, int to, TokenTag tag)
    {
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            var current = tokens[i].Tag;
            if (depth == 0 && current == tag)
            {
                return i;
            }
            if (current.IsOpeningBracket())
            {
                depth++;
            }
            else if (current.IsClosingBracket() && depth > 0)
            {
                depth--;
            }
        }
        return -1;
    }

    /// <summary>
    /// Splits [from, to) at the commas outside brackets, as the items of a parameter or argument list. A lambda's
    /// own parameter commas do not split (<c>key=lambda a, b: a</c> is one item): every 'lambda' waits for its ':'.
    /// Empty items (a trailing comma) are left out.
    /// </summary>
    public static void SplitItems(ReadOnlySpan<Token> tokens, int from, int to, List<ItemRange> items)
    {
        items.Clear();
        int depth = 0, lambdasAwaitingColon = 0, start = from;
        for (var i = from; i < to; i++)
        {
            var tag = tokens[i].Tag;
            if (tag.IsOpeningBracket())
            {
                depth++;
            }
            else if (tag.IsClosingBracket())
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth > 0)
            {
                continue;
            }
            else if (tag == TokenTag.Lambda)
            {
                lambdasAwaitingColon++;
            }
            else if (tag == TokenTag.Colon && lambdasAwaitingColon > 0)
            {
                lambdasAwaitingColon--;
            }
            else if (tag == TokenTag.Comma && lambdasAwaitingColon == 0)
            {
                AddItem(items, start, i);
                start = i + 1;
            }
        }
        AddItem(items, start, to);
    }

    private static void AddItem(List<ItemRange> items, int start, int end)
    {
        if (end > start)
        {
            items.Add(new ItemRange(start, end));
        }
    }
}
