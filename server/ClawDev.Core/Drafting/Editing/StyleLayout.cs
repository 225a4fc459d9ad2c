using ClawDev.Core.Drafting.Writing;

namespace ClawDev.Core.Drafting.Editing;

/// <summary>How a style lays out entries, the file's indentation step, and the width its docstrings keep to.</summary>
internal sealed record StyleLayout(StyleWriter Writer, string Unit, string LineBreak, int Width)
{
    public int EntryLevel => Writer.EntryLevel;
}
