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

    public override bool DescriptionBelowHead => false;

    public override bool BlankLineBetweenSections => false;

    public override string WrittenName(Parameter parameter) => parameter.Name;

    public override void Entry(DocText text, ParameterDoc parameter, int level) => Entry(text, parameter, level, EntryPart.Whole);

    public override void Entry(DocText text, ParameterDoc parameter, int level, EntryPart part)
    {
        var typing = parameter.Typing;
        if (part != EntryPart.TypeField)
        {
            var layout = LayoutPreset;
            var description = typing.Default is { } value && layout.Default != DefaultPlacement.None && !(typing.DefaultsToNone && !layout.StatesNone)
                ? Sentences.StatingDefault(parameter.Description, value)
                : parameter.Description;
            text.AddInline(level, $":param {parameter.Name}:", description);
        }
        if (part != EntryPart.ParameterField && typing.Type is { } type)
        {
            text.Add(level, $":type {parameter.Name}: {type}{(typing.IsOptional ? ", optional" : "")}");
        }
    }

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
