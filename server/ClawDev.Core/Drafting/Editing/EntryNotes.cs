using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Editing;

/// <summary>
/// Text added to an existing entry without touching its bytes: the marker of a removed parameter in front of its
/// description, or a placeholder description for an entry that has none.
/// </summary>
internal static class EntryNotes
{
    /// <summary>
    /// The insertion (relative to the unit's start) putting <paramref name="note"/> in front of the unit's
    /// description, or as its description when it has none; null for a :type field whose entry has a :param field
    /// (that field carries notes). A Sphinx ":type x:" on its own gets a ":param x:" field carrying the note.
    /// </summary>
    public static (int Offset, string Text)? For(string text, ListUnit unit, string note, ParameterList list, StyleLayout layout)
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
    public static string Indent(string note, string lineBreak, string indentation) =>
        string.Join(lineBreak, note.Split('\n').Select((line, i) => i == 0 || line.Length == 0 ? line : indentation + line));

    /// <summary>Whether the unit describes its parameter: text on the head's line or on deeper indented lines (a lone :type field never does).</summary>
    public static bool HasDescription(string text, ListUnit unit) =>
        unit.Role != UnitRole.TypeField && unit.Description.Length > 0 && IsOnHeadOrIndented(text, unit);

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
    public static bool IsMarkedStale(ListUnit unit, string name) =>
        unit.Description.Contains(Placeholder.StaleParameter(name), StringComparison.Ordinal);
}
