using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting.Signature;
using ClawDev.Core.Drafting.Writing;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Editing;

/// <summary>
/// Text added to an existing entry without touching its bytes: the marker of a removed parameter in front of its
/// description, or a placeholder description for an entry that has none.
/// </summary>
internal static partial class EntryNotes
{
    /// <summary>Marks the entries of parameters the signature no longer has (once: a marked entry is left alone).</summary>
    /// <param name="isStale">Whether an entry's name is one the signature no longer has.</param>
    public static void MarkStale(string text, ListPlan plan, StyleLayout layout, Func<string, bool> isStale)
    {
        var units = plan.List.Units;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var stale = unit.Names.Where(name => isStale(name) && !IsMarkedStale(unit, name)).ToArray();
            if (stale.Length > 0 && For(text, unit, string.Join(" ", stale.Select(Placeholder.StaleParameter)), plan.List, layout) is var (offset, marker))
            {
                plan.AddNote(i, offset, marker);
            }
        }
    }

    /// <summary>
    /// Gives entries that name parameters but say nothing about them ("x : int" alone) a description, since D417
    /// counts them as undocumented; a lone ":type x:" in a list that keeps types apart gets its ":param x:" among
    /// the other ":param" fields. Entries of removed parameters are left to <see cref="MarkStale"/>.
    /// </summary>
    /// <returns>The parameters described.</returns>
    public static List<string> DescribeBareEntries(string text, ListPlan plan, StyleLayout layout, IReadOnlyList<Parameter> signature, Grounding.Grounding grounding)
    {
        var described = new List<string>();
        var units = plan.List.Units;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Names.Count == 0 || unit.Names.Any(name => plan.PositionOfName(name) < 0) || HasDescription(text, unit)
                || unit is { Role: UnitRole.TypeField, HasParameterField: true } || MisindentedDescriptionFollows(text, unit))
            {
                continue;
            }
            if (unit.Role == UnitRole.TypeField && plan.List.TypeFieldsApart)
            {
                var parameter = signature[plan.PositionOfName(unit.Names[0])];
                var typing = grounding.Typing(parameter);
                plan.AddParameterField(new ParameterDoc(parameter, typing, grounding.Parameter(parameter.Name, typing.Type, typing.StatedDefault, starred: false, annotated: parameter.Annotation is not null).Description));
                described.Add(parameter.Name);
                continue;
            }
            var description = unit.Names.Count == 1 ? grounding.Parameter(unit.Names[0], null, null, starred: false, annotated: false).Description : Placeholder.Parameter(string.Join(", ", unit.Names));
            if (For(text, unit, Indent(description, layout.LineBreak, plan.List.DescriptionIndentation), plan.List, layout) is var (offset, note))
            {
                plan.AddNote(i, offset, note);
                described.AddRange(unit.Names);
            }
        }
        return described;
    }

    /// <summary>
    /// The insertion (relative to the unit's start) putting <paramref name="note"/> in front of the unit's
    /// description, or as its description when it has none; null for a :type field whose entry has a :param field
    /// (that field carries notes). A Sphinx ":type x:" on its own gets a ":param x:" field carrying the note.
    /// </summary>
    private static (int Offset, string Text)? For(string text, ListUnit unit, string note, ParameterList list, StyleLayout layout)
    {
        if (unit.Role == UnitRole.TypeField)
        {
            var field = $":param {unit.Names[0]}: {note}";
            return unit.HasParameterField ? null
                : list.TypeFieldFirst ? (unit.Span.Length, layout.LineBreak + list.EntryIndentation + field)
                : (0, field + layout.LineBreak + list.EntryIndentation);
        }
        if (HasDescription(text, unit))
        {
            return (unit.DescriptionSpan.Start - unit.Span.Start, note + " ");
        }
        // No description of its own (text flush with the head belongs to no entry): the note follows the head line.
        var headEnd = HeadLineEnd(text, unit.HeadStart, unit.Span.End) - unit.Span.Start;
        return layout.Writer.DescriptionBelowHead
            ? (headEnd, layout.LineBreak + list.DescriptionIndentation + note)
            : (headEnd, " " + note);
    }

    /// <summary>A multi-line note with its further lines at <paramref name="indentation"/> (blank lines left empty).</summary>
    private static string Indent(string note, string lineBreak, string indentation) =>
        string.Join(lineBreak, note.Split('\n').Select((line, i) => i == 0 || line.Length == 0 ? line : indentation + line));

    /// <summary>Whether the unit describes its parameter: text on the head's line or on deeper indented lines (a lone :type field never does).</summary>
    private static bool HasDescription(string text, ListUnit unit) =>
        unit.Role != UnitRole.TypeField && unit.Description.Length > 0 && IsOnHeadOrIndented(text, unit);

    /// <summary>
    /// Whether the line right below an entry's head, at the head's own indentation, is prose rather than another
    /// entry: networkx's "version : string (default: 1.2draft)" over "Version of GEFX File Format (see …)" is
    /// documented, its description one level too shallow — a drafted description would say it a second time.
    /// </summary>
    private static bool MisindentedDescriptionFollows(string text, ListUnit unit)
    {
        var headEnd = text.IndexOf('\n', unit.HeadStart);
        if (unit.Role != UnitRole.Entry || headEnd < 0)
        {
            return false;
        }
        var next = headEnd + 1;
        var nextEnd = text.IndexOf('\n', next) is var end and >= 0 ? end : text.Length;
        var line = text.AsSpan(next, nextEnd - next).Trim();
        if (line.IsEmpty || line[0] == ':' || line.Contains("--", StringComparison.Ordinal) || Width(text, next) != Width(text, LineStart(text, unit.HeadStart)))
        {
            return false;
        }
        var colon = line.IndexOf(':');
        return !EntryHead().IsMatch(colon >= 0 ? line[..colon].ToString() : line.ToString());
    }

    /// <summary>What an entry's head names before its colon: parameters ("x", "x1, x2", "*args"), a type in parentheses after them.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\**[A-Za-z_]\w*(?:\s*,\s*\**[A-Za-z_]\w*)*\s*(?:\([^()]*\))?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial System.Text.RegularExpressions.Regex EntryHead();

    /// <summary>A description on the head's line, or on a line indented deeper than the head.</summary>
    private static bool IsOnHeadOrIndented(string text, ListUnit unit)
    {
        var head = LineStart(text, unit.HeadStart);
        var description = LineStart(text, unit.DescriptionSpan.Start);
        return head == description
            || Width(text, description) > Width(text, head);
    }

    private static int LineStart(string text, int offset)
    {
        while (offset > 0 && text[offset - 1] is not ('\n' or '\r'))
        {
            offset--;
        }
        return offset;
    }

    private static int Width(string text, int lineStart) =>
        DocScanner.IndentWidth(text, lineStart, DocScanner.SkipIndentation(text, lineStart, text.Length));

    private static int HeadLineEnd(string text, int headStart, int end)
    {
        var lineBreak = text.AsSpan(headStart, end - headStart).IndexOfAny('\r', '\n');
        return DocScanner.TrimEnd(text, headStart, lineBreak < 0 ? end : headStart + lineBreak);
    }

    /// <summary>Whether the unit's description already carries the marker of the removed parameter <paramref name="name"/>.</summary>
    private static bool IsMarkedStale(ListUnit unit, string name) =>
        unit.Description.Contains(Placeholder.StaleParameter(name), StringComparison.Ordinal);
}
