using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Writing;

/// <summary>
/// numpydoc: "x : int, default=3" with the description below. Following numpydoc's guide, a None default is
/// written ", optional" (the parameter may be left out) and any other default as "default=value" (its value is
/// used); *args and **kwargs carry no type unless annotated. A new entry does what its neighbours do: no type where
/// they have none, no default where they state none (sympy's entries of parameters with defaults are often a bare
/// "evaluate : bool"), the default as the description's last sentence where they state it there, a type where
/// they write one (<see cref="StyleWriter.EntryType"/>).
/// </summary>
/// <param name="measured">How the neighbours' entries are laid out, when measured.</param>
internal sealed class NumPyWriter(EntryLayout? measured = null) : StyleWriter
{
    public static readonly NumPyWriter Instance = new();

    public override EntryLayout LayoutPreset => measured ?? EntryLayout.NumPy;

    public override StyleWriter LaidOut(EntryLayout layout) => new NumPyWriter(layout);

    public override DocstringStyle Style => DocstringStyle.NumPy;

    public override int EntryLevel => 0;

    public override bool DescriptionBelowHead => true;

    public override void Entry(DocText text, ParameterDoc parameter, int level)
    {
        var typing = parameter.Typing;
        var layout = LayoutPreset;
        var parts = new List<string>(2);
        if (EntryType(parameter, layout, measured is not null) is { } type)
        {
            parts.Add(type);
        }
        var description = parameter.Description;
        string? bracketedDefault = null;
        if (typing.StatedDefault is { } value && !typing.DefaultsToNone && layout.Default == DefaultPlacement.Head)
        {
            if (layout.ParenthesizedDefault && parts.Count > 0)
            {
                bracketedDefault = $"(default={layout.InNeighboursQuotes(value)})";
            }
            else
            {
                parts.Add($"default={layout.InNeighboursQuotes(value)}");
            }
        }
        else if (typing.Default is not null && layout.OptionalMarker.Length > 0)
        {
            parts.Add("optional");
        }
        if (typing.StatedDefault is { } stated && !typing.DefaultsToNone && layout.Default == DefaultPlacement.Description)
        {
            description = Sentences.StatingDefault(description, layout.InNeighboursQuotes(stated));
        }
        var name = WrittenName(parameter.Parameter);
        if (parts.Count == 0 && SectionNames.TryNumPy(name, out _))
        {
            // pydocstyle reads a lone "parameters" line as a section title; a type part keeps it an entry.
            parts.Add(Placeholder.UnknownType);
        }
        var typeLine = bracketedDefault is null ? TypeLine(parts) : $"{TypeLine(parts)} {bracketedDefault}";
        text.Add(level, parts.Count == 0 ? name : $"{name}{(layout.TightTypeColon ? ":" : " :")} {typeLine}");
        text.AddLines(level + 1, description);
    }

    /// <summary>
    /// The parts of the type line, comma-separated; a full stop closing the evidence's type ("set of 2 or 3 tuples.",
    /// sympy's "bool.") closes the line instead: "set of 2 or 3 tuples, optional.", not "tuples., optional".
    /// </summary>
    private static string TypeLine(List<string> parts)
    {
        if (parts.Count < 2 || !parts[0].EndsWith('.'))
        {
            return string.Join(", ", parts);
        }
        parts[0] = parts[0].TrimEnd('.');
        return string.Join(", ", parts) + ".";
    }

    protected override void ParameterHeader(DocText text) => Header(text, "Parameters");

    protected override void ValueSection(DocText text, ValueDoc value, bool yields)
    {
        Header(text, yields ? "Yields" : "Returns");
        text.Add(0, value.Type ?? Placeholder.UnknownType);
        text.AddLines(1, value.Description);
    }

    protected override void RaisesSection(DocText text, IReadOnlyList<RaisedDoc> raises)
    {
        Header(text, "Raises");
        foreach (var raised in raises)
        {
            text.Add(0, raised.Exception);
            text.AddLines(1, raised.Description);
        }
    }

    private static void Header(DocText text, string title)
    {
        text.Add(0, title);
        text.Add(0, new string('-', title.Length));
    }
}
