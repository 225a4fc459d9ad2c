using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting.Signature;
using ClawDev.Core.Drafting.Writing;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Editing;

/// <summary>What a movable piece of a parameter list is.</summary>
internal enum UnitRole
{
    /// <summary>A whole entry: "x (int): ...", "x : int\n    ...", "x -- ...", or a Sphinx ":param x:" and ":type x:" next to each other.</summary>
    Entry,

    /// <summary>A Sphinx ":param x:" (or ":keyword x:") field without its ":type x:" next to it.</summary>
    ParameterField,

    /// <summary>A Sphinx ":type x:" field without its ":param x:" next to it; kept among the type fields, so a "params, then types" layout stays.</summary>
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
    bool HasParameterField = true)
{
    /// <summary>Where the line naming the parameter starts its text (in a ":type x:" + ":param x:" pair, the ":param" line).</summary>
    public int HeadStart { get; init; } = Span.Start;
}

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

    /// <summary>Whether some ":type x:" field stands apart from its ":param x:" field (":param a:, :param b:, :type a:, :type b:").</summary>
    public bool TypeFieldsApart => Units.Any(static u => u is { Role: UnitRole.TypeField, HasParameterField: true });

    /// <summary>Whether the list writes types at all: Sphinx lists of bare ":param" fields do not, so new entries get none either.</summary>
    public bool HasTypeFields { get; init; } = true;

    /// <summary>Whether the list's ":type x:" fields come before their ":param x:" fields (as botocore writes them).</summary>
    public bool TypeFieldFirst => Layout?.SphinxTypes == SphinxTypePlacement.FieldBefore;

    /// <summary>How the list's own entries are laid out, for the entries added to it; null when it has none.</summary>
    public EntryLayout? Layout { get; init; }

    /// <summary>A section with text but no entry drafting can read ("Args:" over "user - the user"): it cannot be extended without rewriting that text.</summary>
    public bool IsUnreadable { get; init; }

    /// <summary>Whether the list sets its entries apart with blank lines (every gap between two of them holds one, as
    /// pyasn1's and many NumPy lists do): new entries are set apart the same way.</summary>
    public bool EntriesApart { get; init; }

    /// <summary>Whether two units or more stand in the list and only a blank line lies between each and the next.</summary>
    private static bool SetApart(string text, List<ListUnit> units)
    {
        for (var i = 0; i + 1 < units.Count; i++)
        {
            var gap = units[i + 1].Span.Start - units[i].Span.End;
            if (gap < 0 || text.AsSpan(units[i].Span.End, gap) is var between && (between.Count('\n') < 2 || !between.IsWhiteSpace()))
            {
                return false;
            }
        }
        return units.Count >= 2;
    }

    /// <summary>The lists of a docstring, in source order.</summary>
    /// <param name="indentation">The docstring's indentation, for a list starting on its first line (right after the quotes).</param>
    /// <param name="typings">What the signature says of each parameter by name: an entry of a parameter with a default
    /// that states none shows the list does not state defaults (<see cref="EntryLayout.Measure"/>).</param>
    public static List<ParameterList> Find(string text, ParsedDocstring parsed, bool pep257, StyleLayout layout, string indentation, IReadOnlyDictionary<string, ParameterTyping> typings)
    {
        if (pep257)
        {
            return Pep257List.Find(text, parsed.ContentSpan, layout.Unit) is { } list ? [list] : [];
        }
        var lists = new List<ParameterList>();
        foreach (var section in parsed.ParameterSections)
        {
            var startsOnFirstLine = !text.AsSpan(parsed.ContentSpan.Start, section.Span.Start - parsed.ContentSpan.Start).ContainsAny('\r', '\n');
            lists.Add(FromSection(text, section, layout, startsOnFirstLine ? indentation : null, typings));
        }
        return lists;
    }

    /// <param name="firstLineIndentation">The docstring's indentation when the section starts on its first line, else null.</param>
    private static ParameterList FromSection(string text, DocSection section, StyleLayout layout, string? firstLineIndentation, IReadOnlyDictionary<string, ParameterTyping> typings)
    {
        var units = new List<ListUnit>();
        var fields = new List<(ListUnit Unit, DocEntry Entry)>();
        var entryIndentation = firstLineIndentation ?? section.EntryIndentation ?? section.Indentation + (layout.EntryLevel > 0 ? layout.Unit : "");
        var examples = ExamplesStart(text, section.BodySpan, Width(entryIndentation));
        foreach (var entry in section.Entries)
        {
            var names = Normalized(entry.Names);
            if (entry.Span.Start >= examples)
            {
                break;
            }
            if (entry.Fields.Count == 0)
            {
                var span = new TextSpan(entry.Span.Start, Math.Min(entry.Span.End, DocScanner.TrimEnd(text, entry.Span.Start, examples)));
                var described = entry.DescriptionSpan.Start < span.End;
                units.Add(described
                    ? new ListUnit(span, names, UnitRole.Entry, entry.DescriptionSpan, entry.Description)
                    : new ListUnit(span, names, UnitRole.Entry, new TextSpan(HeadLineEnd(text, span), HeadLineEnd(text, span)), ""));
                continue;
            }
            fields.AddRange(SphinxFields(entry, names));
        }
        units.AddRange(MergePairs(text, fields));
        units.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new ParameterList
        {
            Kind = section.Kind,
            Units = units,
            EntryIndentation = entryIndentation,
            DescriptionIndentation = MeasureDescriptionIndentation(text, units, entryIndentation) ?? entryIndentation + layout.Unit,
            EmptyInsertionOffset = section.BodySpan.Start,
            IsUnreadable = (units.Count == 0 && section.BodySpan.Length > 0) || (fields.Count == 0 && HasStrayEntry(text, new TextSpan(section.BodySpan.Start, examples), units, Width(entryIndentation), typings)),
            EntriesApart = SetApart(text, units),
            HasTypeFields = fields.Count == 0 || fields.Exists(static f => f.Unit.Role == UnitRole.TypeField),
            Layout = layout.Writer.LayoutPreset is { } preset
                ? EntryLayout.Measure(text, [.. section.Entries.Where(e => e.Span.Start < examples)], preset, e => Normalized(e.Names).Select(n => typings.TryGetValue(n, out var typing) ? typing : (ParameterTyping?)null).FirstOrDefault(static t => t is not null))
                : null,
        };
    }

    /// <summary>The ":param" and ":type" fields of a Sphinx entry, each a unit of its own.</summary>
    private static IEnumerable<(ListUnit, DocEntry)> SphinxFields(DocEntry entry, string[] names)
    {
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
                yield return (new ListUnit(field.Span, names, fieldRole, field.BodySpan, entry.Description, hasParameterField), entry);
            }
        }
    }

    /// <summary>A ":param x:" and a ":type x:" of one entry on adjacent lines become one entry unit, so they move together.</summary>
    private static List<ListUnit> MergePairs(string text, List<(ListUnit Unit, DocEntry Entry)> fields)
    {
        fields.Sort(static (a, b) => a.Unit.Span.Start.CompareTo(b.Unit.Span.Start));
        var units = new List<ListUnit>(fields.Count);
        for (var i = 0; i < fields.Count; i++)
        {
            var (first, entry) = fields[i];
            if (i + 1 < fields.Count && fields[i + 1] is var (second, secondEntry) && secondEntry == entry && first.Role != second.Role
                && IsLineBreakOnly(text, first.Span.End, second.Span.Start))
            {
                var parameter = first.Role == UnitRole.ParameterField ? first : second;
                units.Add(parameter with { Span = new TextSpan(first.Span.Start, second.Span.End), Role = UnitRole.Entry, HeadStart = parameter.Span.Start });
                i++;
                continue;
            }
            units.Add(first);
        }
        return units;
    }

    /// <summary>
    /// Whether a line flush with the entries, outside every entry, opens with a parameter's name: an entry the parser
    /// cannot read (torch's "fn (Callable[Type1, Type2])" without its colon beside "level: logging level"), beside
    /// which a new entry for it would be a second one. Other such lines are the list's own (Hugging Face's "&gt;
    /// Parameters that control generation" over a group of entries).
    /// </summary>
    private static bool HasStrayEntry(string text, TextSpan body, List<ListUnit> units, int entryWidth, IReadOnlyDictionary<string, ParameterTyping> typings)
    {
        var lineStart = body.Start;
        while (lineStart < body.End)
        {
            var textStart = DocScanner.SkipIndentation(text, lineStart, body.End);
            var lineBreak = text.AsSpan(lineStart, body.End - lineStart).IndexOfAny('\r', '\n');
            var lineEnd = lineBreak < 0 ? body.End : lineStart + lineBreak;
            if (textStart < lineEnd && DocScanner.IndentWidth(text, lineStart, textStart) <= entryWidth
                && !units.Exists(u => u.Span.Start <= textStart && textStart < u.Span.End)
                && typings.ContainsKey(OpeningName(text, textStart, lineEnd)))
            {
                return true;
            }
            lineStart = lineBreak < 0 ? body.End : lineEnd + 1;
        }
        return false;
    }

    /// <summary>The parameter name a line opens with (<see cref="DocScanner.ScanName"/>, normalised), when a space, a
    /// bracket, a comma or the line's end follows it; else "".</summary>
    private static string OpeningName(string text, int start, int end) =>
        DocScanner.ScanName(text, start, end) is var nameEnd and >= 0 && (nameEnd == end || text[nameEnd] is ' ' or '(' or ',')
            ? ParameterNames.Normalize(text[start..nameEnd])
            : "";

    /// <summary>Whether only one line break and indentation separate two fields.</summary>
    private static bool IsLineBreakOnly(string text, int end, int start)
    {
        var gap = text.AsSpan(end, start - end);
        return gap.IsWhiteSpace() && gap.Count('\n') + gap.Count('\r') - gap.Count("\r\n") <= 1;
    }

    /// <summary>
    /// Where a doctest ("&gt;&gt;&gt; ...") flush with the entries starts in a section body, or the body's end. A list
    /// ends there: some projects put examples straight after their parameters without a header, and a doctest line is
    /// never an entry. One indented deeper belongs to an entry's description (skorch's `f_params`, torch's FSDP
    /// `auto_wrap_policy`), and the entries after it are still the list's.
    /// </summary>
    private static int ExamplesStart(string text, TextSpan body, int entryWidth)
    {
        var lineStart = body.Start;
        while (lineStart < body.End)
        {
            var textStart = DocScanner.SkipIndentation(text, lineStart, body.End);
            if (string.CompareOrdinal(text, textStart, ">>>", 0, 3) == 0 && DocScanner.IndentWidth(text, lineStart, textStart) <= entryWidth)
            {
                return textStart;
            }
            var lineBreak = text.AsSpan(lineStart, body.End - lineStart).IndexOfAny('\r', '\n');
            lineStart = lineBreak < 0 ? body.End : lineStart + lineBreak + 1;
        }
        return body.End;
    }

    private static int HeadLineEnd(string text, TextSpan span)
    {
        var lineBreak = text.AsSpan(span.Start, span.Length).IndexOfAny('\r', '\n');
        return DocScanner.TrimEnd(text, span.Start, lineBreak < 0 ? span.End : span.Start + lineBreak);
    }

    /// <summary>
    /// The indentation of the first description written below its head, else of the first continuation line;
    /// only one deeper than the entries counts (a line flush with them would read as an entry).
    /// </summary>
    private static string? MeasureDescriptionIndentation(string text, List<ListUnit> units, string entryIndentation)
    {
        var entryWidth = Width(entryIndentation);
        foreach (var unit in units)
        {
            if (unit.DescriptionSpan.Length > 0
                && text.AsSpan(unit.Span.Start, unit.DescriptionSpan.Start - unit.Span.Start).ContainsAny('\r', '\n')
                && SourceLayout.IndentationAt(text, unit.DescriptionSpan.Start) is var below
                && Width(below) > entryWidth)
            {
                return below;
            }
        }
        foreach (var unit in units)
        {
            var lineBreak = text.AsSpan(unit.Span.Start, unit.Span.Length).IndexOfAny('\r', '\n');
            if (lineBreak < 0)
            {
                continue;
            }
            var next = DocScanner.SkipSpaces(text, unit.Span.Start + lineBreak, unit.Span.End);
            if (SourceLayout.IndentationAt(text, next) is var continuation && Width(continuation) > entryWidth)
            {
                return continuation;
            }
        }
        return null;
    }

    private static int Width(string indentation) => DocScanner.IndentWidth(indentation, 0, indentation.Length);

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
