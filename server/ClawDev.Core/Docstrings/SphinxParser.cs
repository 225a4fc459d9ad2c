using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>
/// Sphinx / reST field lists. Fields run from the first known field line; a field continues over lines indented
/// deeper than its marker. Fields about the same name (":param int x:" and ":type x:") form one entry; entries
/// of one kind form one header-less section; text between fields becomes prose sections.
/// </summary>
internal static class SphinxParser
{
    /// <param name="firstSectionLine">The first known field's line, or the line count when there is none.</param>
    public static List<DocSection> Parse(DocLines lines, out int firstSectionLine)
    {
        firstSectionLine = FirstKnownField(lines);
        var sections = new List<DocSection>();
        var groups = new SphinxEntryGroups();
        var proseStart = -1;
        var i = firstSectionLine;
        while (i < lines.Count)
        {
            if (lines[i].IsBlank)
            {
                i++;
                continue;
            }
            if (!SphinxSyntax.TryField(lines, i, out var marker))
            {
                proseStart = proseStart < 0 ? i : proseStart;
                i++;
                continue;
            }
            if (proseStart >= 0)
            {
                sections.Add(SectionFactory.Headless(lines, SectionKind.Prose, proseStart, i, []));
                proseStart = -1;
            }
            var last = FieldEnd(lines, i);
            Assign(groups, lines, marker, i, last);
            i = last + 1;
        }
        if (proseStart >= 0)
        {
            sections.Add(SectionFactory.Headless(lines, SectionKind.Prose, proseStart, lines.Count, []));
        }
        AddFieldSections(lines, groups.All, sections);
        sections.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return sections;
    }

    private static int FirstKnownField(DocLines lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (SphinxSyntax.TryField(lines, i, out var marker) && marker.Kind != SphinxFieldKind.Other)
            {
                return i;
            }
        }
        return lines.Count;
    }

    private static int FieldEnd(DocLines lines, int first)
    {
        var last = first;
        for (var i = first + 1; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }
            if (lines[i].Indent <= lines[first].Indent)
            {
                break;
            }
            last = i;
        }
        return last;
    }

    private static void Assign(SphinxEntryGroups groups, DocLines lines, FieldMarker marker, int firstLine, int lastLine)
    {
        var source = lines.Source;
        var (bodyStart, bodyEnd) = BodyRange(lines, marker, firstLine, lastLine);
        var field = new SphinxField(
            marker.Kind,
            source.Text.Substring(marker.Start, marker.End - marker.Start),
            source.Text.Substring(marker.TagStart, marker.TagEnd - marker.TagStart),
            source.Span(marker.Start, lines[lastLine].TextEnd),
            source.Span(marker.Start, marker.End),
            source.Span(bodyStart, bodyEnd));
        var group = marker.Kind switch
        {
            SphinxFieldKind.Parameter => Named(groups, lines, marker, SectionKind.Parameters, firstLine),
            SphinxFieldKind.Keyword => Named(groups, lines, marker, SectionKind.KeywordArguments, firstLine),
            SphinxFieldKind.Variable => Named(groups, lines, marker, SectionKind.Attributes, firstLine),
            SphinxFieldKind.ParameterType => TypeOf(groups, lines, marker, SectionKind.Parameters, SectionKind.KeywordArguments, firstLine),
            SphinxFieldKind.KeywordType => TypeOf(groups, lines, marker, SectionKind.KeywordArguments, SectionKind.KeywordArguments, firstLine),
            SphinxFieldKind.VariableType => TypeOf(groups, lines, marker, SectionKind.Attributes, SectionKind.Attributes, firstLine),
            SphinxFieldKind.Raises => groups.Create(SectionKind.Raises, key: null, firstLine),
            SphinxFieldKind.Returns or SphinxFieldKind.ReturnType => Unnamed(groups, SectionKind.Returns, firstLine),
            SphinxFieldKind.Yields or SphinxFieldKind.YieldType => Unnamed(groups, SectionKind.Yields, firstLine),
            _ => groups.Create(SectionKind.Other, key: null, firstLine),
        };
        group.Add(field, firstLine, lastLine);
        var hasBody = bodyEnd > bodyStart;
        switch (marker.Kind)
        {
            case SphinxFieldKind.Raises:
                if (marker.ArgumentsEnd > marker.ArgumentsStart)
                {
                    group.Type = TypeSpec.TypeOnly(marker.ArgumentsStart, marker.ArgumentsEnd);
                }
                group.SetDescription(field.BodySpan, hasBody);
                break;
            case SphinxFieldKind.ParameterType or SphinxFieldKind.KeywordType or SphinxFieldKind.VariableType:
                if (hasBody && group.Type == TypeSpec.None)
                {
                    group.Type = TypeSpec.Parse(source.Text, bodyStart, bodyEnd);
                }
                break;
            case SphinxFieldKind.ReturnType or SphinxFieldKind.YieldType:
                if (hasBody && group.Type == TypeSpec.None)
                {
                    group.Type = TypeSpec.TypeOnly(bodyStart, bodyEnd);
                }
                break;
            default:
                group.SetDescription(field.BodySpan, hasBody);
                break;
        }
    }

    /// <summary>The field's text after its marker, on the marker's line or starting on the next one.</summary>
    private static (int Start, int End) BodyRange(DocLines lines, FieldMarker marker, int firstLine, int lastLine)
    {
        var text = lines.Source.Text;
        var start = DocScanner.SkipSpaces(text, marker.End, lines[firstLine].TextEnd);
        if (start >= lines[firstLine].TextEnd)
        {
            if (lastLine == firstLine)
            {
                return (marker.End, marker.End);
            }
            start = lines[lines.NextNonBlank(firstLine + 1)].TextStart;
        }
        return (start, lines[lastLine].TextEnd);
    }

    /// <summary>":param x:", ":param int x:", ":keyword x:", ":ivar x:": the last word is the name, the words before it a type.</summary>
    private static SphinxEntryGroup Named(SphinxEntryGroups groups, DocLines lines, FieldMarker marker, SectionKind section, int line)
    {
        var source = lines.Source;
        var text = source.Text;
        var nameStart = marker.ArgumentsEnd;
        while (nameStart > marker.ArgumentsStart && !char.IsWhiteSpace(text[nameStart - 1]))
        {
            nameStart--;
        }
        var key = text.Substring(nameStart, marker.ArgumentsEnd - nameStart);
        var group = key.Length == 0
            ? groups.Create(section, key: null, line)
            : groups.Find(section, key, withoutMain: true) ?? groups.Create(section, key, line);
        group.HasMain = true;
        if (marker.ArgumentsEnd > nameStart)
        {
            group.Name = source.Span(nameStart, marker.ArgumentsEnd);
        }
        var typeEnd = DocScanner.TrimEnd(text, marker.ArgumentsStart, nameStart);
        if (typeEnd > marker.ArgumentsStart && group.Type == TypeSpec.None)
        {
            group.Type = TypeSpec.Parse(text, marker.ArgumentsStart, typeEnd);
        }
        return group;
    }

    /// <summary>":type x:" belongs to the parameter x (or, failing that, the keyword x) whether it comes before or after it.</summary>
    private static SphinxEntryGroup TypeOf(SphinxEntryGroups groups, DocLines lines, FieldMarker marker, SectionKind section, SectionKind fallback, int line)
    {
        var source = lines.Source;
        var key = source.Text.Substring(marker.ArgumentsStart, marker.ArgumentsEnd - marker.ArgumentsStart);
        if (key.Length == 0)
        {
            return groups.Create(section, key: null, line);
        }
        var group = groups.Find(section, key, withoutMain: false)
            ?? groups.Find(fallback, key, withoutMain: false)
            ?? groups.Create(section, key, line);
        if (group.Name is null && marker.ArgumentsEnd > marker.ArgumentsStart)
        {
            group.Name = source.Span(marker.ArgumentsStart, marker.ArgumentsEnd);
        }
        return group;
    }

    private static SphinxEntryGroup Unnamed(SphinxEntryGroups groups, SectionKind section, int firstLine) =>
        groups.Find(section, "", withoutMain: false) ?? groups.Create(section, "", firstLine);

    private static void AddFieldSections(DocLines lines, List<SphinxEntryGroup> groups, List<DocSection> sections)
    {
        var done = new HashSet<SectionKind>();
        foreach (var group in groups)
        {
            if (!done.Add(group.Section))
            {
                continue;
            }
            var entries = new List<DocEntry>();
            var firstLine = int.MaxValue;
            var lastLine = -1;
            foreach (var member in groups)
            {
                if (member.Section == group.Section)
                {
                    entries.Add(member.ToEntry(lines.Source));
                    firstLine = Math.Min(firstLine, member.FirstLine);
                    lastLine = Math.Max(lastLine, member.LastLine);
                }
            }
            sections.Add(SectionFactory.Headless(lines, group.Section, firstLine, lastLine + 1, entries));
        }
    }
}
