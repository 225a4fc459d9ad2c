using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Drafting.Writing;

/// <summary>
/// Plain docstrings (the pep257 convention): PEP 257's own argument list, one "name -- description (default X)"
/// line per parameter after the summary, with no section header (a header such as "Arguments:" makes pydocstyle
/// read a Google section and report it). Returns, yields and raises have no markup in plain docstrings, so
/// drafts leave them to the prose.
/// </summary>
internal sealed class Pep257Writer : StyleWriter
{
    public static readonly Pep257Writer Instance = new();

    /// <summary>What separates a name from its description.</summary>
    public const string Separator = " --";

    public override DocstringStyle Style => DocstringStyle.Plain;

    public override int EntryLevel => 0;

    public override bool DescriptionBelowHead => false;

    public override void Entry(DocText text, ParameterDoc parameter, int level)
    {
        var typing = parameter.Typing;
        var description = typing.StatedDefault is { } value && !Grounding.GroundedText.StatesDefault(parameter.Description)
            ? Sentences.AppendFragment(parameter.Description, $"(default {value})")
            : parameter.Description;
        text.AddInline(level, WrittenName(parameter.Parameter) + Separator, description);
    }

    // PEP 257 lists have no header, and plain docstrings no markup for return values or exceptions.
    protected override void ParameterHeader(DocText text)
    {
    }

    protected override void ValueSection(DocText text, ValueDoc value, bool yields)
    {
    }

    protected override void RaisesSection(DocText text, IReadOnlyList<RaisedDoc> raises)
    {
    }
}
