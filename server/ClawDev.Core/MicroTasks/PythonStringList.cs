using ClawDev.Core.Python;
using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.MicroTasks;

/// <summary>One string of a Python list literal, with its 1-based line.</summary>
internal readonly record struct ListEntry(string Value, int Line);

/// <summary>
/// Reads module-level <c>NAME = [...]</c> (also <c>{...}</c>, <c>(...)</c>, <c>set([...])</c>, an annotation,
/// and <c>NAME += [...]</c>) where the items are string literals, with Core's Python tokenizer: comments, line
/// continuations, implicit concatenation (<c>"a" "b"</c>) and escapes are handled as Python does. Items that are
/// not plain strings (names, calls, bytes, f-strings, <c>*OTHER</c>) are skipped.
/// </summary>
internal static class PythonStringList
{
    public static IReadOnlyList<ListEntry> Read(string text, string variable)
    {
        var tokens = PythonTokenizer.Tokenize(text);
        var lines = LineIndex.Create(text);
        var entries = new List<ListEntry>();
        var depth = 0;
        var atStatementStart = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Indent:
                    depth++;
                    continue;
                case TokenKind.Dedent:
                    depth--;
                    continue;
                case TokenKind.NewLine:
                    atStatementStart = true;
                    continue;
                case TokenKind.Comment or TokenKind.LineBreak:
                    continue;
            }
            if (atStatementStart && depth == 0 && token.Kind == TokenKind.Name && token.TextIn(text).SequenceEqual(variable)
                && ListStart(text, tokens, i + 1) is { } open)
            {
                i = ReadItems(text, tokens, open, lines, entries);
            }
            atStatementStart = false;
        }
        return entries;
    }

    /// <summary>The index of the '[', '{' or '(' that opens the list after "= ", ": list[str] = ", "+= " or "= set(".</summary>
    private static int? ListStart(string text, List<Token> tokens, int i)
    {
        if (i < tokens.Count && tokens[i].Tag == TokenTag.Colon)
        {
            while (i < tokens.Count && tokens[i].Tag != TokenTag.Equal && tokens[i].Kind != TokenKind.NewLine)
            {
                i++;
            }
        }
        if (i >= tokens.Count || tokens[i].Tag is not (TokenTag.Equal or TokenTag.PlusEqual))
        {
            return null;
        }
        i++;
        if (i + 1 < tokens.Count && tokens[i].Kind == TokenKind.Name && tokens[i].TextIn(text) is "set" or "frozenset" or "list" or "tuple"
            && tokens[i + 1].Tag == TokenTag.LeftParenthesis)
        {
            i += 2;
        }
        return i < tokens.Count && tokens[i].Tag.IsOpeningBracket() ? i : null;
    }

    /// <summary>Adds the string items between the bracket at <paramref name="open"/> and its partner; returns the partner's index.</summary>
    private static int ReadItems(string text, List<Token> tokens, int open, LineIndex lines, List<ListEntry> entries)
    {
        var nesting = 0;
        var item = new List<Token>();
        for (var i = open; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Tag.IsOpeningBracket())
            {
                nesting++;
                if (nesting == 1)
                {
                    continue;
                }
            }
            else if (token.Tag.IsClosingBracket())
            {
                nesting--;
                if (nesting == 0)
                {
                    AddItem(text, item, lines, entries);
                    return i;
                }
            }
            if (nesting == 1 && token.Tag == TokenTag.Comma)
            {
                AddItem(text, item, lines, entries);
                item.Clear();
            }
            else if (token.IsSignificant)
            {
                item.Add(token);
            }
            else if (token.Kind is TokenKind.NewLine or TokenKind.EndOfFile)
            {
                AddItem(text, item, lines, entries); // an unclosed bracket: keep what was read
                return i;
            }
        }
        return tokens.Count - 1;
    }

    private static void AddItem(string text, List<Token> item, LineIndex lines, List<ListEntry> entries)
    {
        if (item.Count == 0 || item.Any(t => t.Kind != TokenKind.String))
        {
            return;
        }
        var value = "";
        foreach (var token in item)
        {
            if (PythonStrings.TextValue(text, token) is not { } part)
            {
                return;
            }
            value += part;
        }
        entries.Add(new ListEntry(value, lines.LineOf(item[0].Start) + 1));
    }
}
