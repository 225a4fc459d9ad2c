using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Drafting.Writing;

/// <summary>
/// Google style as the Google Python Style Guide and Napoleon write it:
/// "x (int, optional): Description. Defaults to 3." under "Args:", "int: Description." under "Returns:".
/// </summary>
internal class GoogleWriter : StyleWriter
{
    public static readonly GoogleWriter Instance = new();

    public override DocstringStyle Style => DocstringStyle.Google;

    public override int EntryLevel => 1;

    public override bool DescriptionBelowHead => false;

    public override void Entry(DocText text, ParameterDoc parameter, int level)
    {
        var typing = parameter.Typing;
        var parts = new List<string>(2);
        if (typing.Type is { } type)
        {
            parts.Add(type);
        }
        if (typing.IsOptional)
        {
            parts.Add("optional");
        }
        var name = WrittenName(parameter.Parameter);
        var head = parts.Count == 0 ? $"{name}:" : $"{name} ({string.Join(", ", parts)}):";
        var description = typing.Default is { } value ? Sentences.Append(parameter.Description, $"Defaults to {value}.") : parameter.Description;
        text.AddInline(level, head, description);
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
            text.AddInline(1, $"{raised.Exception}:", raised.Description);
        }
    }

    /// <summary>How a Returns/Yields type is written.</summary>
    protected virtual string FormatType(string type) => type;
}
