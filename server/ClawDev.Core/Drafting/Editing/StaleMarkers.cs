namespace ClawDev.Core.Drafting.Editing;

/// <summary>Where the marker for a removed parameter goes in an entry: in front of its description.</summary>
internal static class StaleMarkers
{
    /// <summary>
    /// The insertion (relative to the unit's start) marking <paramref name="names"/> as gone, or null for a
    /// :type field whose entry has a :param field (that field carries the marker). An entry without a
    /// description gets the marker as its description; a Sphinx ":type x:" on its own gets a ":param x:" field
    /// carrying it.
    /// </summary>
    public static (int Offset, string Text)? For(ListUnit unit, IReadOnlyList<string> names, ParameterList list, StyleLayout layout)
    {
        var marker = string.Join(" ", names.Select(Placeholder.StaleParameter));
        if (unit.Role == UnitRole.TypeField)
        {
            return unit.HasParameterField ? null : (0, $":param {names[0]}: {marker}{layout.LineBreak}{list.EntryIndentation}");
        }
        var descriptionAt = unit.DescriptionSpan.Start - unit.Span.Start;
        if (unit.Description.Length > 0)
        {
            return (descriptionAt, marker + " ");
        }
        return layout.Writer.DescriptionBelowHead
            ? (unit.Span.Length, layout.LineBreak + list.DescriptionIndentation + marker)
            : (descriptionAt, " " + marker);
    }

    /// <summary>Whether the unit's description already carries the marker for <paramref name="name"/>.</summary>
    public static bool IsMarked(ListUnit unit, string name) =>
        unit.Description.Contains(Placeholder.StaleParameter(name), StringComparison.Ordinal);
}
