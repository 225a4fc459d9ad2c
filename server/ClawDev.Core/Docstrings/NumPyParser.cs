namespace ClawDev.Core.Docstrings;

/// <summary>
/// numpydoc sections: a title over a dash underline; the body runs to the next title. Entries sit at the body's
/// first column ("x : int, optional") with their descriptions indented below.
/// </summary>
internal static class NumPyParser
{
    /// <param name="firstSectionLine">The first title's line, or the line count when there is none.</param>
    public static List<DocSection> Parse(DocLines lines, out int firstSectionLine)
    {
        var headers = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (NumPySyntax.IsHeader(lines, i))
            {
                headers.Add(i);
                i++;
            }
        }
        firstSectionLine = headers.Count > 0 ? headers[0] : lines.Count;
        var sections = new List<DocSection>(headers.Count);
        for (var h = 0; h < headers.Count; h++)
        {
            var header = headers[h];
            var end = h + 1 < headers.Count ? headers[h + 1] : lines.Count;
            var kind = NumPySyntax.KindOf(lines, header);
            var underlineEnd = lines[header + 1].TextEnd;
            sections.Add(SectionFactory.WithHeader(
                lines, kind, header, lines[header].TextEnd, underlineEnd, header + 2, end, Entries(lines, kind, header + 2, end)));
        }
        return sections;
    }

    private static IReadOnlyList<DocEntry> Entries(DocLines lines, SectionKind kind, int first, int end)
    {
        if (kind.HasNamedEntries())
        {
            return EntryGrouper.Group(lines, first, end, new NumPyNamedEntryLine());
        }
        if (kind.IsReturnKind())
        {
            return EntryGrouper.Group(lines, first, end, new NumPyReturnEntryLine());
        }
        return kind.IsExceptionKind() ? EntryGrouper.Group(lines, first, end, new NumPyTypeEntryLine()) : [];
    }
}
