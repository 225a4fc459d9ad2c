using System.Text;
using ClawDev.Core.Drafting.Writing;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Editing;

/// <summary>A new entry (or part of one) to insert.</summary>
internal sealed record PlannedEntry(ParameterDoc Parameter, EntryPart Part);

/// <summary>
/// The changes planned for one parameter list: an order for its units, new entries after or before units, and
/// notes inside units. Units keep their bytes; the text between units (line breaks, blank lines, indentation,
/// anything that is not an entry) keeps its place. Without reordering the plan becomes plain inserts; with it,
/// one replacement from the first unit to the last.
/// </summary>
internal sealed class ListPlan
{
    private readonly ParameterList _list;
    private readonly Func<string, int> _positionOf;
    private readonly int[] _order;
    private readonly List<PlannedEntry>?[] _before;
    private readonly List<PlannedEntry>?[] _after;
    private readonly List<(int Offset, string Text)>?[] _notes;
    private List<PlannedEntry>? _intoEmpty;

    /// <param name="positionOf">A parameter name's position in the signature, or -1.</param>
    public ListPlan(ParameterList list, Func<string, int> positionOf)
    {
        _list = list;
        _positionOf = positionOf;
        var count = list.Units.Count;
        _order = Enumerable.Range(0, count).ToArray();
        _before = new List<PlannedEntry>?[count];
        _after = new List<PlannedEntry>?[count];
        _notes = new List<(int, string)>?[count];
    }

    public ParameterList List => _list;

    public bool HasChanges =>
        !IsIdentity || _intoEmpty is not null || _before.Any(static b => b is not null) || _after.Any(static a => a is not null) || _notes.Any(static m => m is not null);

    private bool IsIdentity
    {
        get
        {
            for (var slot = 0; slot < _order.Length; slot++)
            {
                if (_order[slot] != slot)
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>A parameter name's position in the signature, or -1.</summary>
    public int PositionOfName(string name) => _positionOf(name);

    /// <summary>The signature position of a unit: its first name that is a parameter, or -1 (an unknown name stays where it is).</summary>
    public int PositionOf(ListUnit unit)
    {
        var best = -1;
        foreach (var name in unit.Names)
        {
            var position = _positionOf(name);
            if (position >= 0 && (best < 0 || position < best))
            {
                best = position;
            }
        }
        return best;
    }

    /// <summary>
    /// Puts the units naming parameters in signature order: entries (and lone :param fields) among their slots,
    /// :type fields kept apart among theirs.
    /// </summary>
    public void SortToSignature()
    {
        SortSlots(IsEntrySlot);
        SortSlots(unit => !IsEntrySlot(unit));
    }

    /// <summary>Text (a note: stale marker or description) to insert inside a unit, at an offset relative to its start.</summary>
    public void AddNote(int unit, int relativeOffset, string text) => (_notes[unit] ??= []).Add((relativeOffset, text));

    /// <summary>
    /// Plans a new entry after the entry of the nearest preceding documented parameter, else before the entry of
    /// the nearest following one, else at the end. A Sphinx list that keeps its :type fields apart gets the new
    /// :type field among them; one without :type fields gets none.
    /// </summary>
    public void Add(ParameterDoc parameter)
    {
        if (!_list.HasTypeFields)
        {
            Add(new PlannedEntry(parameter, EntryPart.ParameterField), IsEntrySlot);
        }
        else if (_list.TypeFieldsApart)
        {
            AddParameterField(parameter);
            if (parameter.Typing.Type is not null)
            {
                Add(new PlannedEntry(parameter, EntryPart.TypeField), static u => u.Role == UnitRole.TypeField);
            }
        }
        else
        {
            Add(new PlannedEntry(parameter, EntryPart.Whole), IsEntrySlot);
        }
    }

    /// <summary>Plans a ":param" field among the list's ":param" fields (for an entry that only had its :type field).</summary>
    public void AddParameterField(ParameterDoc parameter) =>
        Add(new PlannedEntry(parameter, EntryPart.ParameterField), static u => u.Role != UnitRole.TypeField);

    /// <summary>Entries and lone :param fields; a lone :type field too unless the list keeps its :type fields apart.</summary>
    private bool IsEntrySlot(ListUnit unit) =>
        unit.Role != UnitRole.TypeField || (!unit.HasParameterField && !_list.TypeFieldsApart);

    private void Add(PlannedEntry entry, Func<ListUnit, bool> isAnchor)
    {
        if (_order.Length == 0)
        {
            (_intoEmpty ??= []).Add(entry);
            return;
        }
        var position = _positionOf(entry.Parameter.Name);
        int preceding = -1, precedingPosition = -1, following = -1, followingPosition = int.MaxValue, lastAnchor = -1;
        for (var slot = 0; slot < _order.Length; slot++)
        {
            var unit = _list.Units[_order[slot]];
            if (!isAnchor(unit))
            {
                continue;
            }
            lastAnchor = slot;
            var unitPosition = PositionOf(unit);
            if (unitPosition < 0)
            {
                continue;
            }
            if (unitPosition < position && unitPosition > precedingPosition)
            {
                (preceding, precedingPosition) = (slot, unitPosition);
            }
            else if (unitPosition > position && unitPosition < followingPosition)
            {
                (following, followingPosition) = (slot, unitPosition);
            }
        }
        if (preceding >= 0)
        {
            InsertInOrder(_after[preceding] ??= [], entry);
        }
        else if (following >= 0)
        {
            InsertInOrder(_before[following] ??= [], entry);
        }
        else
        {
            InsertInOrder(_after[lastAnchor >= 0 ? lastAnchor : _order.Length - 1] ??= [], entry);
        }
    }

    /// <summary>Entries planned at one place stay in signature order whatever order they were planned in.</summary>
    private void InsertInOrder(List<PlannedEntry> entries, PlannedEntry entry)
    {
        var position = _positionOf(entry.Parameter.Name);
        var index = entries.FindIndex(e => _positionOf(e.Parameter.Name) > position);
        entries.Insert(index < 0 ? entries.Count : index, entry);
    }

    /// <summary>Whether a planned note carries a backslash (the literal then needs a raw prefix or escapes).</summary>
    public bool NotesContainBackslash => _notes.Any(static n => n is not null && n.Exists(static n => n.Text.Contains('\\')));

    /// <param name="renderEntries">New entries' text: first line unindented, further lines indented, no trailing break.</param>
    /// <param name="encode">How new text is written into the literal (see <see cref="TextEncoding"/>).</param>
    public void Emit(EditSet edits, string text, string lineBreak, Func<IReadOnlyList<PlannedEntry>, string> renderEntries, Func<string, string> encode)
    {
        var indentation = _list.EntryIndentation;
        // Between an entry and a new one: a line break, and a blank line where the list sets its entries apart.
        var separator = (_list.EntriesApart ? lineBreak + lineBreak : lineBreak) + indentation;
        if (_intoEmpty is not null)
        {
            edits.Insert(_list.EmptyInsertionOffset, lineBreak + indentation + encode(renderEntries(_intoEmpty)));
        }
        if (_order.Length == 0)
        {
            return;
        }
        if (IsIdentity)
        {
            for (var slot = 0; slot < _order.Length; slot++)
            {
                var span = _list.Units[slot].Span;
                if (_before[slot] is { } before)
                {
                    edits.Insert(span.Start, encode(renderEntries(before)) + separator);
                }
                foreach (var (offset, note) in SortedNotes(slot))
                {
                    edits.Insert(span.Start + offset, encode(note));
                }
                if (_after[slot] is { } after)
                {
                    edits.Insert(span.End, separator + encode(renderEntries(after)));
                }
            }
            return;
        }
        var units = _list.Units;
        var region = new TextSpan(units[0].Span.Start, units[^1].Span.End);
        var rebuilt = new StringBuilder(region.Length + 256);
        for (var slot = 0; slot < _order.Length; slot++)
        {
            if (_before[slot] is { } before)
            {
                rebuilt.Append(encode(renderEntries(before))).Append(separator);
            }
            AppendMarked(rebuilt, text, _order[slot], encode);
            if (_after[slot] is { } after)
            {
                rebuilt.Append(separator).Append(encode(renderEntries(after)));
            }
            if (slot + 1 < _order.Length)
            {
                var gapStart = units[slot].Span.End;
                rebuilt.Append(text, gapStart, units[slot + 1].Span.Start - gapStart);
            }
        }
        edits.Replace(region, rebuilt.ToString());
    }

    private void SortSlots(Func<ListUnit, bool> takesPart)
    {
        var slots = new List<int>();
        for (var slot = 0; slot < _order.Length; slot++)
        {
            var unit = _list.Units[_order[slot]];
            if (takesPart(unit) && PositionOf(unit) >= 0)
            {
                slots.Add(slot);
            }
        }
        // Stable: entries for the same parameter keep their relative order.
        var sorted = slots.Select(slot => _order[slot]).OrderBy(unit => PositionOf(_list.Units[unit])).ToArray();
        for (var i = 0; i < slots.Count; i++)
        {
            _order[slots[i]] = sorted[i];
        }
    }

    private IEnumerable<(int Offset, string Text)> SortedNotes(int unit) =>
        _notes[unit] is { } notes ? notes.OrderBy(static n => n.Offset) : [];

    private void AppendMarked(StringBuilder builder, string text, int unit, Func<string, string> encode)
    {
        var span = _list.Units[unit].Span;
        var copied = 0;
        foreach (var (offset, note) in SortedNotes(unit))
        {
            builder.Append(text, span.Start + copied, offset - copied).Append(encode(note));
            copied = offset;
        }
        builder.Append(text, span.Start + copied, span.Length - copied);
    }
}
