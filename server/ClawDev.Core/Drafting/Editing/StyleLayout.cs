using ClawDev.Core.Drafting.Writing;

namespace ClawDev.Core.Drafting.Editing;

/// <summary>How a style lays out entries, and the file's indentation step.</summary>
internal sealed record StyleLayout(StyleWriter Writer, string Unit, string LineBreak)
{
    public int EntryLevel => Writer.EntryLevel;
}
