using ClawDev.Core.Drafting.Writing;

namespace ClawDev.Core.Drafting.Editing;

/// <summary>How a style lays out entries, the file's indentation step, and how drafted prose is filled.</summary>
internal sealed record StyleLayout(StyleWriter Writer, string Unit, string LineBreak, ProseFill Fill)
{
    public int EntryLevel => Writer.EntryLevel;
}
