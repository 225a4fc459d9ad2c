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

    public override EntryLayout Layout => EntryLayout.HuggingFace;

    protected override string FormatType(string type) => Backticked(type);
}
