using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Editing;

/// <summary>What a movable piece of a parameter list is.</summary>
internal enum UnitRole
{
    /// <summary>A whole entry: "x (int): ...", "x : int\n    ...", "x -- ...".</summary>
    Entry,

    /// <summary>A Sphinx ":param x:" (or ":keyword x:") field.</summary>
    ParameterField,

    /// <summary>A Sphinx ":type x:" field; reordered among the type fields, so a "params, then types" layout stays.</summary>
    TypeField,
}

/// <summary>
/// A piece of a parameter list that moves as a whole when entries are reordered: its text from its first
/// character to the end of its last line, kept byte for byte.
/// </summary>
/// <param name="Names">The parameter names it documents, normalised ("args" for "*args").</param>
/// <param name="DescriptionSpan">Where its description is (empty where one would start).</param>
/// <param name="Description">Its description as a reader sees it.</param>
/// <param name="HasParameterField">For a type field: whether its entry also has a ":param" field.</param>
internal sealed record ListUnit(
    TextSpan Span,
    IReadOnlyList<string> Names,
    UnitRole Role,
    TextSpan DescriptionSpan,
    string Description,
    bool HasParameterField = true);

/// <summary>
/// One list of parameter entries in an existing docstring: a Google/NumPy/Hugging Face parameter section, the
/// Sphinx fields of one kind, or a PEP 257 "name -- description" list.
/// </summary>
internal sealed class ParameterList
{
    public required SectionKind Kind { get; init; }

    /// <summary>The units in source order.</summary>
    public required IReadOnlyList<ListUnit> Units { get; init; }

    /// <summary>The column entries start at.</summary>
    public required string EntryIndentation { get; init; }

    /// <summary>The column descriptions (and continuation lines) sit at.</summary>
    public required string DescriptionIndentation { get; init; }

    /// <summary>For a list without entries (a bare "Args:"): where its first entry goes, right after the header.</summary>
    public required int EmptyInsertionOffset { get; init; }

    /// <summary>The lists of a docstring, in source order.</summary>
    public static List<ParameterList> Find(string text, ParsedDocstring parsed, bool pep257, StyleLayout layout)
    {
        if (pep257)
        {
            return Pep257List.Find(text, parsed.ContentSpan, layout.Unit) is { } list ? [list] : [];
        }
        var lists = new List<ParameterList>();
        foreach (var section in parsed.ParameterSections)
        {
            lists.Add(FromSection(text, section, layout));
        }
        return lists;
    }

    private static ParameterList FromSection(string text, DocSection section, StyleLayout layout)
    {
        var units = new List<ListUnit>();
        foreach (var entry in section.Entries)
        {
            var names = Normalized(entry.Names);
            if (entry.Fields.Count == 0)
            {
                units.Add(new ListUnit(entry.Span, names, UnitRole.Entry, entry.DescriptionSpan, entry.Description));
                continue;
            }
            var hasParameterField = entry.Fields.Any(static f => f.Kind is SphinxFieldKind.Parameter or SphinxFieldKind.Keyword);
            foreach (var field in entry.Fields)
            {
                var role = field.Kind switch
                {
                    SphinxFieldKind.Parameter or SphinxFieldKind.Keyword => UnitRole.ParameterField,
                    SphinxFieldKind.ParameterType or SphinxFieldKind.KeywordType => UnitRole.TypeField,
                    _ => (UnitRole?)null,
                };
                if (role is { } fieldRole)
                {
                    units.Add(new ListUnit(field.Span, names, fieldRole, field.BodySpan, entry.Description, hasParameterField));
                }
            }
        }
        units.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var entryIndentation = section.EntryIndentation ?? section.Indentation + (layout.EntryLevel > 0 ? layout.Unit : "");
        return new ParameterList
        {
            Kind = section.Kind,
            Units = units,
            EntryIndentation = entryIndentation,
            DescriptionIndentation = MeasureDescriptionIndentation(text, units) ?? entryIndentation + layout.Unit,
            EmptyInsertionOffset = section.BodySpan.Start,
        };
    }

    /// <summary>The indentation of the first description written below its head, else of the first continuation line.</summary>
    private static string? MeasureDescriptionIndentation(string text, List<ListUnit> units)
    {
        foreach (var unit in units)
        {
            if (unit.DescriptionSpan.Length > 0 && text.AsSpan(unit.Span.Start, unit.DescriptionSpan.Start - unit.Span.Start).ContainsAny('\r', '\n'))
            {
                return SourceLayout.IndentationAt(text, unit.DescriptionSpan.Start);
            }
        }
        foreach (var unit in units)
        {
            var body = text.AsSpan(unit.Span.Start, unit.Span.Length);
            var lineBreak = body.IndexOfAny('\r', '\n');
            if (lineBreak < 0)
            {
                continue;
            }
            var next = unit.Span.Start + lineBreak;
            while (next < unit.Span.End && char.IsWhiteSpace(text[next]))
            {
                next++;
            }
            return SourceLayout.IndentationAt(text, next);
        }
        return null;
    }

    private static string[] Normalized(IReadOnlyList<string> written)
    {
        var names = new string[written.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = ParameterNames.Normalize(written[i]);
        }
        return names;
    }
}
