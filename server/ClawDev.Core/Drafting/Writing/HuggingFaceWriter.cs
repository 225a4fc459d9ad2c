using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Drafting.Writing;

/// <summary>
/// The Hugging Face variant of Google (transformers, accelerate, peft): backticked types, "*optional*", the
/// default inside the parentheses, the description on the lines below:
/// "x (`int`, *optional*, defaults to 3):". A None default is just "*optional*", as transformers writes it.
/// </summary>
internal sealed class HuggingFaceWriter(EntryLayout? measured = null) : GoogleWriter(measured)
{
    public static new readonly HuggingFaceWriter Instance = new();

    public override DocstringStyle Style => DocstringStyle.HuggingFace;

    protected override EntryLayout OwnLayout => EntryLayout.HuggingFace;

    public override StyleWriter LaidOut(EntryLayout layout) => new HuggingFaceWriter(layout);

    protected override string FormatType(string type) => Backticked(type);
}
