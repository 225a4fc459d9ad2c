using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>
/// Google / Napoleon sections, read the way Napoleon reads them: a known header alone on its line ending in a
/// colon, a body indented deeper than the header, entries aligned on the body's first line. Also reports the
/// Hugging Face markers (backticked types, "*optional*") it meets in entries.
/// </summary>
internal static class GoogleParser
{
    /// <param name="firstSectionLine">The first header's line, or the line count when there is none.</param>
    public static List<DocSection> Parse(DocLines lines, List<StyleEvidence> evidence, out int firstSectionLine)
    {
        var sections = new List<DocSection>();
        firstSectionLine = lines.Count;
        var proseStart = -1;
        var i = 0;
        while (i < lines.Count)
        {
            if (GoogleSyntax.TryHeader(lines, i, out var kind, out var nameEnd) && GoogleSyntax.OpensSection(lines, i, kind))
            {
                if (proseStart >= 0)
                {
                    sections.Add(SectionFactory.Headless(lines, SectionKind.Prose, proseStart, i, []));
                    proseStart = -1;
                }
                firstSectionLine = Math.Min(firstSectionLine, i);
                var end = SectionEnd(lines, i, kind);
                var section = SectionFactory.WithHeader(lines, kind, i, nameEnd, lines[i].TextEnd, i + 1, end, Entries(lines, kind, i + 1, end));
                AddHuggingFaceEvidence(lines.Source, section, evidence);
                sections.Add(section);
                i = end;
                continue;
            }
            if (firstSectionLine < lines.Count && proseStart < 0 && !lines[i].IsBlank)
            {
                proseStart = i;
            }
            i++;
        }
        if (proseStart >= 0)
        {
            sections.Add(SectionFactory.Headless(lines, SectionKind.Prose, proseStart, lines.Count, []));
        }
        return sections;
    }

    /// <summary>The line after the section: the first non-blank line not deeper than the header (for flush examples, the next header).</summary>
    private static int SectionEnd(DocLines lines, int header, SectionKind kind)
    {
        var headerIndent = lines[header].Indent;
        var flush = kind == SectionKind.Examples && GoogleSyntax.HasFlushBody(lines, header);
        for (var i = header + 1; i < lines.Count; i++)
        {
            ref readonly var line = ref lines[i];
            if (line.IsBlank || line.Indent > headerIndent)
            {
                continue;
            }
            if (!flush || line.Indent < headerIndent || IsHeader(lines, i))
            {
                return i;
            }
        }
        return lines.Count;
    }

    private static bool IsHeader(DocLines lines, int index) =>
        GoogleSyntax.TryHeader(lines, index, out var kind, out _) && GoogleSyntax.OpensSection(lines, index, kind);

    private static IReadOnlyList<DocEntry> Entries(DocLines lines, SectionKind kind, int first, int end)
    {
        if (kind.HasNamedEntries())
        {
            return EntryGrouper.Group(lines, first, end, new GoogleNamedEntryLine());
        }
        if (kind.IsReturnKind())
        {
            return GoogleReturnEntry.Parse(lines, first, end);
        }
        return kind.IsExceptionKind() ? EntryGrouper.Group(lines, first, end, new GoogleExceptionEntryLine()) : [];
    }

    /// <summary>Backticked types ("(`int`, ...)", "[`ModelOutput`] or ...") and "*optional*" are the Hugging Face hallmarks.</summary>
    private static void AddHuggingFaceEvidence(DocSource source, DocSection section, List<StyleEvidence> evidence)
    {
        if (!section.Kind.HasNamedEntries() && !section.Kind.IsReturnKind())
        {
            return;
        }
        foreach (var entry in section.Entries)
        {
            if (entry.TypeSpan is { } type && StartsWithBacktick(source, type))
            {
                evidence.Add(new StyleEvidence(EvidenceKind.HuggingFaceEntry, type));
            }
            else if (entry.OptionalSpan is { } optional && source.At(optional.Start) == '*')
            {
                evidence.Add(new StyleEvidence(EvidenceKind.HuggingFaceEntry, optional));
            }
        }
    }

    private static bool StartsWithBacktick(DocSource source, TextSpan span) =>
        span.Length > 0 && (source.At(span.Start) == '`' || (span.Length > 1 && source.At(span.Start) == '[' && source.At(span.Start + 1) == '`'));
}
