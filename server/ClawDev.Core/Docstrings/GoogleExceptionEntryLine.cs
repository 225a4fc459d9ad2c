namespace ClawDev.Core.Docstrings;

/// <summary>"ValueError: If the value is wrong." or a bare "ValueError" (Raises and Warns sections).</summary>
internal readonly struct GoogleExceptionEntryLine : IEntryLineParser
{
    public bool TryParse(DocLines lines, int index, out EntryHead head)
    {
        head = default;
        ref readonly var line = ref lines[index];
        var text = lines.Source.Text;
        var start = line.TextStart;
        var end = line.TextEnd;
        var colon = DocScanner.FindFieldColon(text, start, end);
        if (colon < 0)
        {
            if (!DocScanner.LooksLikeType(text, start, end, maxWords: 1))
            {
                return false;
            }
            head = new EntryHead(start, [], TypeSpec.TypeOnly(start, end), -1);
            return true;
        }
        var typeEnd = DocScanner.TrimEnd(text, start, colon);
        if (!DocScanner.LooksLikeType(text, start, typeEnd))
        {
            return false;
        }
        var description = DocScanner.SkipSpaces(text, colon + 1, end);
        head = new EntryHead(start, [], TypeSpec.TypeOnly(start, typeEnd), description < end ? description : -1);
        return true;
    }
}
