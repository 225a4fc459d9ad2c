using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>What the first line of an entry says, in local positions except the name spans.</summary>
/// <param name="Start">The entry's first character.</param>
/// <param name="Names">The names (absolute spans); empty for return values and exceptions.</param>
/// <param name="Type">The type, optional marker and default.</param>
/// <param name="DescriptionStart">Where the description starts on this line, or -1 when it starts on the next.</param>
internal readonly record struct EntryHead(int Start, TextSpan[] Names, TypeSpec Type, int DescriptionStart);

/// <summary>Recognises the first line of an entry in one kind of section.</summary>
internal interface IEntryLineParser
{
    bool TryParse(DocLines lines, int index, out EntryHead head);
}
