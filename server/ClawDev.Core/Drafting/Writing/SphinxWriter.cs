using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Writing;

/// <summary>
/// Sphinx field lists: ":param x: Description. Defaults to 3." and ":type x: int, optional"; ":returns:" with
/// ":rtype:", ":yields:", ":raises E:". Fields follow the summary as one list. *args and **kwargs are written by
/// their bare names (":param args:"): a star would open reST emphasis, and "\*" would need a raw docstring. A
/// default is stated where the neighbours' fields state theirs (pydantic v1's ":param known_models: used to solve
/// circular references" says nothing of its None).
/// </summary>
/// <param name="measured">How the neighbours' fields state defaults, when measured.</param>
internal sealed class SphinxWriter(EntryLayout? measured = null) : StyleWriter
{
    public static readonly SphinxWriter Instance = new();

    public override EntryLayout LayoutPreset => measured ?? EntryLayout.Sphinx;

    public override StyleWriter LaidOut(EntryLayout layout) => new SphinxWriter(layout);

    public override DocstringStyle Style => DocstringStyle.Sphinx;

    public override int EntryLevel => 0;

    /// <summary>On the field's line, unless the neighbours write it on the lines below (moto's ":param object obj:" then the text).</summary>
    public override bool DescriptionBelowHead => LayoutPreset.DescriptionBelow;

    public override bool BlankLineBetweenSections => false;

    public override string WrittenName(Parameter parameter) => parameter.Name;

    public override void Entry(DocText text, ParameterDoc parameter, int level) => Entry(text, parameter, level, EntryPart.Whole);

    /// <summary>
    /// The entry's fields as the neighbours write them: its type, where they write types at all, in a ":type" field
    /// after or before the ":param" field, or in the ":param int x:" field itself. Sphinx reads an inline type up to
    /// the first space, so a type with spaces ("list of str") goes to a ":type" field after it.
    /// </summary>
    public override void Entry(DocText text, ParameterDoc parameter, int level, EntryPart part)
    {
        var layout = LayoutPreset;
        var typing = parameter.Typing;
        var type = EntryType(parameter, layout, measured is not null);
        if (part == EntryPart.TypeField)
        {
            if (type is not null)
            {
                TypeField(text, parameter.Name, type, typing.IsOptional, level);
            }
            return;
        }
        var inline = layout.SphinxTypes == SphinxTypePlacement.InParameterField;
        var fitsInline = inline && type is not null && !type.Any(char.IsWhiteSpace);
        // A list that types its fields inline has no ":type" fields to put this one among: it follows the ":param" field.
        var typeField = type is not null && !fitsInline && (part == EntryPart.Whole || inline);
        if (typeField && layout.SphinxTypes == SphinxTypePlacement.FieldBefore)
        {
            TypeField(text, parameter.Name, type!, typing.IsOptional, level);
        }
        var description = typing.StatedDefault is { } value && layout.Default != DefaultPlacement.None && !(typing.DefaultsToNone && !layout.StatesNone)
            ? Sentences.StatingDefault(parameter.Description, value)
            : parameter.Description;
        var head = fitsInline ? $":param {type} {parameter.Name}:" : $":param {parameter.Name}:";
        if (layout.DescriptionBelow)
        {
            text.Add(level, head);
            text.AddLines(level + 1, description);
        }
        else
        {
            text.AddInline(level, head, description);
        }
        if (typeField && layout.SphinxTypes != SphinxTypePlacement.FieldBefore)
        {
            TypeField(text, parameter.Name, type!, typing.IsOptional, level);
        }
    }

    private static void TypeField(DocText text, string name, string type, bool optional, int level) =>
        text.Add(level, $":type {name}: {type}{(optional ? ", optional" : "")}");

    protected override void ParameterHeader(DocText text)
    {
    }

    protected override void ValueSection(DocText text, ValueDoc value, bool yields)
    {
        text.AddInline(0, yields ? ":yields:" : ":returns:", value.Description);
        if (!yields && value.Type is { } type)
        {
            text.Add(0, $":rtype: {type}");
        }
    }

    protected override void RaisesSection(DocText text, IReadOnlyList<RaisedDoc> raises)
    {
        foreach (var raised in raises)
        {
            text.AddInline(0, $":raises {raised.Exception}:", raised.Description);
        }
    }
}
