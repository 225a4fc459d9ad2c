using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>
/// Reads the module-level import statements (blocks such as <c>if TYPE_CHECKING:</c> and <c>try:</c> included):
/// <c>import a.b [as c]</c> and <c>from [.]a import b [as c], (d, e)</c>, as written. What a name refers to is
/// resolved later, against the module's own name.
/// </summary>
internal sealed class ImportCollector(string text)
{
    private readonly List<ModuleImport> _imports = [];
    private readonly List<ItemRange> _items = [];

    public IReadOnlyList<ModuleImport> Imports => _imports;

    /// <param name="line">A module-level logical line starting with 'import' or 'from'.</param>
    public void Observe(ReadOnlySpan<Token> line)
    {
        var end = TokenRanges.FindOutsideBrackets(line, 0, line.Length, TokenTag.Semicolon);
        var statement = end < 0 ? line : line[..end];
        if (statement[0].Tag == TokenTag.Import)
        {
            ReadImport(statement[1..]);
        }
        else
        {
            ReadFromImport(statement);
        }
    }

    /// <summary><c>import a.b, c as d</c>: "a.b" binds "a"; "c as d" binds "d".</summary>
    private void ReadImport(ReadOnlySpan<Token> names)
    {
        TokenRanges.SplitItems(names, 0, names.Length, _items);
        foreach (var item in _items)
        {
            var tokens = item.Of(names);
            var (dotted, next) = DottedName(tokens, 0);
            if (dotted.Length == 0)
            {
                continue;
            }
            var local = next + 1 < tokens.Length && tokens[next].Tag == TokenTag.As && tokens[next + 1].Kind == TokenKind.Name
                ? tokens[next + 1].TextIn(text).ToString()
                : dotted.Split('.')[0];
            _imports.Add(new ModuleImport(dotted, null, local));
        }
    }

    /// <summary><c>from ..a.b import c as d, (e, f)</c> and <c>from . import *</c>.</summary>
    private void ReadFromImport(ReadOnlySpan<Token> statement)
    {
        var index = 1;
        var dots = 0;
        while (index < statement.Length && statement[index].Kind == TokenKind.Operator && statement[index].TextIn(text) is var op && (op is "." or "..."))
        {
            dots += op.Length;
            index++;
        }
        var (module, next) = DottedName(statement, index);
        if (next >= statement.Length || statement[next].Tag != TokenTag.Import)
        {
            return;
        }
        var source = new string('.', dots) + module;
        if (source.Length == 0)
        {
            return;
        }
        var names = statement[(next + 1)..];
        if (names.Length > 0 && names[0].Tag == TokenTag.LeftParenthesis)
        {
            names = names[1..TokenRanges.MatchingClose(names, 0)];
        }
        if (names.Length == 1 && names[0].Tag == TokenTag.Star)
        {
            _imports.Add(new ModuleImport(source, "*", "*"));
            return;
        }
        TokenRanges.SplitItems(names, 0, names.Length, _items);
        foreach (var item in _items)
        {
            var tokens = item.Of(names);
            if (tokens.Length == 0 || tokens[0].Kind != TokenKind.Name)
            {
                continue;
            }
            var name = tokens[0].TextIn(text).ToString();
            var local = tokens.Length >= 3 && tokens[1].Tag == TokenTag.As && tokens[2].Kind == TokenKind.Name ? tokens[2].TextIn(text).ToString() : name;
            _imports.Add(new ModuleImport(source, name, local));
        }
    }

    /// <summary>NAME ('.' NAME)* from <paramref name="start"/>; the index after it.</summary>
    private (string Name, int Next) DottedName(ReadOnlySpan<Token> tokens, int start)
    {
        var index = start;
        var names = 0;
        var written = 0;
        while (index < tokens.Length && tokens[index].Kind == TokenKind.Name && !tokens[index].Tag.IsKeyword())
        {
            names++;
            written += tokens[index].Length;
            index++;
            if (index < tokens.Length && tokens[index].Tag == TokenTag.Dot)
            {
                index++;
                continue;
            }
            break;
        }
        if (names == 0)
        {
            return ("", index);
        }
        var last = tokens[start + 2 * (names - 1)];
        // Written without spaces ("a.b.c", as nearly always): the source text is the name.
        if (last.End - tokens[start].Start == written + names - 1)
        {
            return (text[tokens[start].Start..last.End], index);
        }
        var parts = new string[names];
        for (var i = 0; i < names; i++)
        {
            parts[i] = tokens[start + 2 * i].TextIn(text).ToString();
        }
        return (string.Join('.', parts), index);
    }
}
