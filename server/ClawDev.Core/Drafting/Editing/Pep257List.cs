using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Editing;

/// <summary>
/// PEP 257's argument list in a plain docstring: lines "name -- description" (the name may carry stars),
/// continued by deeper indented lines, ended by a blank line or a line that is not deeper.
/// </summary>
internal static class Pep257List
{
    private const string Dashes = "--";

    /// <summary>The docstring's "name -- description" items as one list, or null when it has none.</summary>
    public static ParameterList? Find(string text, TextSpan contentSpan, string unit)
    {
        var source = new DocSource(text, contentSpan.Start, contentSpan.End, 0);
        var lines = DocLines.Create(source);
        var units = new List<ListUnit>();
        string? entryIndentation = null;
        for (var i = 1; i < lines.Count; i++)
        {
            if (!TryHead(text, lines[i], out var name, out var descriptionStart))
            {
                continue;
            }
            var last = i;
            while (last + 1 < lines.Count && !lines[last + 1].IsBlank && lines[last + 1].Indent > lines[i].Indent)
            {
                last++;
            }
            if (descriptionStart == lines[i].TextEnd && last > i)
            {
                descriptionStart = lines[i + 1].TextStart;
            }
            var description = new TextSpan(descriptionStart, Math.Max(descriptionStart, lines[last].TextEnd));
            units.Add(new ListUnit(
                new TextSpan(lines[i].TextStart, lines[last].TextEnd),
                [name],
                UnitRole.Entry,
                description,
                description.Length == 0 ? "" : source.Normalize(description)));
            entryIndentation ??= text[lines[i].Start..lines[i].TextStart];
            i = last;
        }
        if (entryIndentation is null)
        {
            return null;
        }
        return new ParameterList
        {
            Kind = SectionKind.Parameters,
            Units = units,
            EntryIndentation = entryIndentation,
            DescriptionIndentation = entryIndentation + unit,
            EmptyInsertionOffset = units[0].Span.Start,
        };
    }

    private static bool TryHead(string text, DocLine line, out string name, out int descriptionStart)
    {
        name = "";
        descriptionStart = -1;
        if (line.IsBlank)
        {
            return false;
        }
        var nameEnd = DocScanner.ScanName(text, line.TextStart, line.TextEnd);
        if (nameEnd < 0)
        {
            return false;
        }
        var dashes = DocScanner.SkipSpaces(text, nameEnd, line.TextEnd);
        var afterDashes = dashes + Dashes.Length;
        if (dashes == nameEnd || afterDashes > line.TextEnd || string.CompareOrdinal(text, dashes, Dashes, 0, Dashes.Length) != 0
            || (afterDashes < line.TextEnd && text[afterDashes] != ' '))
        {
            return false;
        }
        name = ParameterNames.Normalize(text[line.TextStart..nameEnd]);
        descriptionStart = DocScanner.SkipSpaces(text, afterDashes, line.TextEnd);
        return true;
    }
}
