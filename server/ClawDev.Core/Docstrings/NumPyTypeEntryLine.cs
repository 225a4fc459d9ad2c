namespace ClawDev.Core.Docstrings;

/// <summary>A whole line that is a type: "ValueError", "UserWarning" (Raises and Warns sections).</summary>
internal readonly struct NumPyTypeEntryLine : IEntryLineParser
{
    public bool TryParse(DocLines lines, int index, out EntryHead head)
    {
        ref readonly var line = ref lines[index];
        head = new EntryHead(line.TextStart, [], TypeSpec.TypeOnly(line.TextStart, line.TextEnd), -1);
        return true;
    }
}
