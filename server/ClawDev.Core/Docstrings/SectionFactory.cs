using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>Builds sections from line ranges, so every style measures bodies and indentation the same way.</summary>
internal static class SectionFactory
{
    /// <summary>A section with a header on <paramref name="headerLine"/> and its body in lines [bodyFirst, bodyEnd).</summary>
    /// <param name="headerEnd">Just after the header's name (before its colon).</param>
    /// <param name="headerTerminatorEnd">Just after the colon or underline: where an empty body sits.</param>
    public static DocSection WithHeader(
        DocLines lines,
        SectionKind kind,
        int headerLine,
        int headerEnd,
        int headerTerminatorEnd,
        int bodyFirst,
        int bodyEnd,
        IReadOnlyList<DocEntry> entries)
    {
        var source = lines.Source;
        ref readonly var header = ref lines[headerLine];
        var (bodySpan, entryIndentation) = Body(lines, bodyFirst, bodyEnd, headerTerminatorEnd);
        return new DocSection(
            source,
            kind,
            source.Span(header.TextStart, headerEnd),
            bodySpan,
            source.Span(header.Start, header.TextStart),
            entryIndentation,
            entries);
    }

    /// <summary>A section without a header (Sphinx fields of one kind, or prose) over lines [first, end).</summary>
    public static DocSection Headless(DocLines lines, SectionKind kind, int first, int end, IReadOnlyList<DocEntry> entries)
    {
        var source = lines.Source;
        var (bodySpan, indentation) = Body(lines, first, end, lines[first].TextStart);
        var indentationSpan = indentation ?? source.Span(lines[first].Start, lines[first].Start);
        return new DocSection(
            source,
            kind,
            new TextSpan(bodySpan.Start, bodySpan.Start),
            bodySpan,
            indentationSpan,
            indentation,
            entries);
    }

    /// <summary>From the first to the last non-whitespace character of lines [first, end), and the first line's indentation.</summary>
    private static (TextSpan Body, TextSpan? Indentation) Body(DocLines lines, int first, int end, int emptyAt)
    {
        var source = lines.Source;
        var firstText = lines.NextNonBlank(first);
        if (firstText < 0 || firstText >= end)
        {
            return (source.Span(emptyAt, emptyAt), null);
        }
        var lastText = lines.LastNonBlank(firstText, end);
        ref readonly var line = ref lines[firstText];
        return (source.Span(line.TextStart, lines[lastText].TextEnd), source.Span(line.Start, line.TextStart));
    }
}
