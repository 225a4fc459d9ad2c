namespace ClawDev.Core.Docstrings;

/// <summary>A field marker on a line, in local positions: ":param int x:" has tag "param" and arguments "int x".</summary>
internal readonly record struct FieldMarker(SphinxFieldKind Kind, int Start, int End, int TagStart, int TagEnd, int ArgumentsStart, int ArgumentsEnd);

/// <summary>How a Sphinx / reST field line is recognised.</summary>
internal static class SphinxSyntax
{
    /// <summary>
    /// A field marker at the start of the line's text: a colon, a tag, optional arguments and a colon followed by
    /// whitespace or the line's end. Roles (":class:`x`") are not fields.
    /// </summary>
    public static bool TryField(DocLines lines, int index, out FieldMarker marker)
    {
        marker = default;
        ref readonly var line = ref lines[index];
        var text = lines.Source.Text;
        var start = line.TextStart;
        var end = line.TextEnd;
        if (line.IsBlank || text[start] != ':')
        {
            return false;
        }
        var tagEnd = start + 1;
        while (tagEnd < end && (char.IsLetterOrDigit(text[tagEnd]) || text[tagEnd] is '_' or '-'))
        {
            tagEnd++;
        }
        if (tagEnd == start + 1 || !char.IsLetter(text[start + 1]))
        {
            return false;
        }
        var close = FindMarkerEnd(text, tagEnd, end);
        if (close < 0)
        {
            return false;
        }
        var argumentsStart = DocScanner.SkipSpaces(text, tagEnd, close);
        var argumentsEnd = DocScanner.TrimEnd(text, argumentsStart, close);
        var kind = KindOf(text.AsSpan(start + 1, tagEnd - start - 1));
        marker = new FieldMarker(kind, start, close + 1, start + 1, tagEnd, argumentsStart, argumentsEnd);
        return true;
    }

    private static int FindMarkerEnd(string text, int i, int end)
    {
        for (; i < end; i++)
        {
            var c = text[i];
            if (c == '`')
            {
                return -1;
            }
            if (c == ':' && (i + 1 == end || char.IsWhiteSpace(text[i + 1])))
            {
                return i;
            }
        }
        return -1;
    }

    private static SphinxFieldKind KindOf(ReadOnlySpan<char> tag) => tag switch
    {
        "param" or "parameter" or "arg" or "argument" => SphinxFieldKind.Parameter,
        "type" => SphinxFieldKind.ParameterType,
        "key" or "keyword" or "kwarg" or "kwparam" => SphinxFieldKind.Keyword,
        "kwtype" => SphinxFieldKind.KeywordType,
        "raises" or "raise" or "except" or "exception" => SphinxFieldKind.Raises,
        "returns" or "return" => SphinxFieldKind.Returns,
        "rtype" => SphinxFieldKind.ReturnType,
        "yields" or "yield" => SphinxFieldKind.Yields,
        "ytype" => SphinxFieldKind.YieldType,
        "var" or "ivar" or "cvar" => SphinxFieldKind.Variable,
        "vartype" => SphinxFieldKind.VariableType,
        _ => SphinxFieldKind.Other,
    };
}
