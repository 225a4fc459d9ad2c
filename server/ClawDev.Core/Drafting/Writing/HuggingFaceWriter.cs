using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Drafting.Writing;

/// <summary>
/// The Hugging Face variant of Google (transformers, accelerate, peft): backticked types, "*optional*", the
/// default inside the parentheses, the description on the lines below:
/// "x (`int`, *optional*, defaults to 3):". A None default is just "*optional*", as transformers writes it.
/// </summary>
internal sealed class HuggingFaceWriter : GoogleWriter
{
    public static new readonly HuggingFaceWriter Instance = new();

    public override DocstringStyle Style => DocstringStyle.HuggingFace;

    public override bool DescriptionBelowHead => true;

    public override void Entry(DocText text, ParameterDoc parameter, int level)
    {
        var typing = parameter.Typing;
        var parts = new List<string>(3);
        if (typing.Type is { } type)
        {
            parts.Add(FormatType(type));
        }
        if (typing.IsOptional)
        {
            parts.Add("*optional*");
        }
        if (typing.Default is { } value && !typing.DefaultsToNone)
        {
            parts.Add($"defaults to {FormatDefault(value)}");
        }
        var name = WrittenName(parameter.Parameter);
        if (parts.Count == 0 && SectionNames.TryGoogle(name, out _))
        {
            // pydocstyle reads a lone "args:" line as an "Args:" header; text after the colon keeps it an entry.
            text.AddInline(level, $"{name}:", parameter.Description);
            return;
        }
        text.Add(level, parts.Count == 0 ? $"{name}:" : $"{name} ({string.Join(", ", parts)}):");
        text.AddLines(level + 1, parameter.Description);
    }

    protected override string FormatType(string type) => type.Contains('`') ? type : $"`{type}`";

    /// <summary>Numbers bare ("defaults to 8"), everything else as code ("defaults to `"gelu"`"), as transformers writes them.</summary>
    private static string FormatDefault(string value)
    {
        var number = value.AsSpan().TrimStart("+-");
        var isNumber = number.Length > 0 && (char.IsAsciiDigit(number[0]) || number[0] == '.') && !number.ContainsAny("([{'\"");
        return isNumber || value.Contains('`') ? value : $"`{value}`";
    }
}
