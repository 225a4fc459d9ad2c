using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Drafting.Writing;

/// <summary>
/// Google style as the Google Python Style Guide and Napoleon write it:
/// "x (int, optional): Description. Defaults to 3." under "Args:", "int: Description." under "Returns:".
/// Entries follow an <see cref="EntryLayout"/>: this style's own, or the one a docstring's entries show.
/// </summary>
/// <param name="measured">How the file's entries are laid out, when measured; null for this style's own layout.</param>
internal class GoogleWriter(EntryLayout? measured = null) : StyleWriter
{
    public static readonly GoogleWriter Instance = new();

    public override DocstringStyle Style => DocstringStyle.Google;

    public override int EntryLevel => 1;

    public override bool DescriptionBelowHead => Layout.DescriptionBelow;

    /// <summary>How this writer lays out an entry: as measured on the neighbours, else as the style does.</summary>
    public EntryLayout Layout => measured ?? OwnLayout;

    public override EntryLayout LayoutPreset => Layout;

    /// <summary>How this style lays out an entry.</summary>
    protected virtual EntryLayout OwnLayout => EntryLayout.Google;

    public override StyleWriter LaidOut(EntryLayout layout) => new GoogleWriter(layout);

    public override void Entry(DocText text, ParameterDoc parameter, int level)
    {
        var layout = Layout;
        var typing = parameter.Typing;
        var parts = new List<string>(3);
        if (EntryType(parameter, layout, measured is not null) is { } type)
        {
            parts.Add(layout.Backticks ? Backticked(type) : type);
        }
        if (typing.IsOptional && layout.OptionalMarker.Length > 0)
        {
            parts.Add(layout.OptionalMarker);
        }
        var description = parameter.Description;
        // A description that already says its default (reused with it: "Defaults to the current user.") keeps only that.
        if (typing.StatedDefault is { } value && !(typing.DefaultsToNone && (layout.Default == DefaultPlacement.Head || !layout.StatesNone)) && !Grounding.GroundedText.StatesDefault(description))
        {
            if (layout.Default == DefaultPlacement.Head)
            {
                parts.Add($"defaults to {HeadDefault(layout.InNeighboursQuotes(value), layout)}");
            }
            else if (layout.Default == DefaultPlacement.Description)
            {
                var quoted = layout.InNeighboursQuotes(value);
                description = Sentences.StatingDefault(description, layout.ValuesAsCode == true ? FormatDefault(quoted) : quoted);
            }
        }
        var name = WrittenName(parameter.Parameter);
        var head = parts.Count == 0 ? $"{name}:" : $"{name} ({string.Join(", ", parts)}):";
        if (!layout.DescriptionBelow || (parts.Count == 0 && SectionNames.ReadAsGoogleHeaderByTools(name)))
        {
            // pydocstyle reads a lone "args:" line as an "Args:" header; text after the colon keeps it an entry.
            text.AddInline(level, head, description);
            return;
        }
        text.Add(level, head);
        text.AddLines(level + 1, description);
    }

    protected override void ParameterHeader(DocText text) => text.Add(0, "Args:");

    protected override void ValueSection(DocText text, ValueDoc value, bool yields)
    {
        text.Add(0, yields ? "Yields:" : "Returns:");
        text.AddInline(1, value.Type is { } type ? $"{FormatType(type)}:" : "", value.Description);
    }

    protected override void RaisesSection(DocText text, IReadOnlyList<RaisedDoc> raises)
    {
        text.Add(0, "Raises:");
        foreach (var raised in raises)
        {
            // Where entries put their description below the head, several exceptions do too (peft's "ValueError:" over
            // its reason): side by side at one indentation they read as one paragraph to doc-builder, which joins them.
            if (Layout.DescriptionBelow && raises.Count > 1)
            {
                text.Add(1, $"{raised.Exception}:");
                text.AddLines(2, raised.Description);
                continue;
            }
            text.AddInline(1, $"{raised.Exception}:", raised.Description);
        }
    }

    /// <summary>How a Returns/Yields type is written.</summary>
    protected virtual string FormatType(string type) => type;

    protected static string Backticked(string type) => type.Contains('`') ? type : $"`{type}`";

    /// <summary>A default as the head writes it: bare where the list writes no backticks, else as <see cref="FormatDefault"/>,
    /// in the list's type role where it has one (transformers' older "defaults to :obj:`False`", numbers bare).</summary>
    private static string HeadDefault(string value, EntryLayout layout)
    {
        if (layout.TypeRole is { } role)
        {
            var formatted = FormatDefault(value);
            return formatted.Contains('`') ? TypeNotation.InRole(formatted, role) : formatted;
        }
        return layout.Backticks ? FormatDefault(value) : value;
    }

    /// <summary>Numbers bare ("defaults to 8"), everything else as code ("defaults to `"gelu"`"), as transformers writes them.</summary>
    private static string FormatDefault(string value)
    {
        var number = value.AsSpan().TrimStart("+-");
        var isNumber = number.Length > 0 && (char.IsAsciiDigit(number[0]) || number[0] == '.') && !number.ContainsAny("([{'\"");
        return isNumber || value.Contains('`') ? value : $"`{value}`";
    }
}
