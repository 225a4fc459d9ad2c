namespace ClawDev.Core.Docstrings;

/// <summary>How a Google (Napoleon) section header is recognised.</summary>
internal static class GoogleSyntax
{
    /// <summary>A known header name alone on its line, ending in a colon ("Args:", "Keyword Arguments:").</summary>
    public static bool TryHeader(DocLines lines, int index, out SectionKind kind, out int nameEnd)
    {
        ref readonly var line = ref lines[index];
        kind = SectionKind.Other;
        nameEnd = -1;
        var text = lines.Source.Text;
        if (line.IsBlank || text[line.TextEnd - 1] != ':')
        {
            return false;
        }
        nameEnd = DocScanner.TrimEnd(text, line.TextStart, line.TextEnd - 1);
        return SectionNames.TryGoogle(text.AsSpan(line.TextStart, nameEnd - line.TextStart), out kind);
    }

    /// <summary>
    /// Whether a header line really opens a section. Napoleon asks for a deeper indented next line; an empty
    /// section (nothing, another header or a reST directive such as ".. versionadded::" follows) is accepted too, so
    /// a half-written or emptied "Args:" is still seen; and
    /// examples may sit flush with their header when they are code, as transformers writes them ("Example:" then
    /// a ```python fence or >>> lines).
    /// </summary>
    public static bool OpensSection(DocLines lines, int index, SectionKind kind)
    {
        var next = lines.NextNonBlank(index + 1);
        if (next < 0)
        {
            return true;
        }
        var headerIndent = lines[index].Indent;
        var nextIndent = lines[next].Indent;
        if (nextIndent != headerIndent)
        {
            return nextIndent > headerIndent;
        }
        return kind == SectionKind.Examples ? StartsWithCode(lines, next) : TryHeader(lines, next, out _, out _) || StartsWithDirective(lines, next);
    }

    /// <summary>Whether the section's body is flush with its header (only code examples may be) rather than indented.</summary>
    public static bool HasFlushBody(DocLines lines, int index)
    {
        var next = lines.NextNonBlank(index + 1);
        return next >= 0 && lines[next].Indent == lines[index].Indent && StartsWithCode(lines, next);
    }

    private static bool StartsWithDirective(DocLines lines, int index)
    {
        ref readonly var line = ref lines[index];
        return DirectiveBlock.Opens(lines.Source.Text.AsSpan(line.TextStart, line.TextEnd - line.TextStart));
    }

    private static bool StartsWithCode(DocLines lines, int index)
    {
        ref readonly var line = ref lines[index];
        var text = lines.Source.Text.AsSpan(line.TextStart, line.TextEnd - line.TextStart);
        return text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith(">>>", StringComparison.Ordinal);
    }
}
