namespace ClawDev.Core.Docstrings;

/// <summary>
/// "name (type): description", "*args: description", and the Hugging Face
/// "name (`type`, *optional*, defaults to `X`):" with the description on the following lines.
/// </summary>
internal readonly struct GoogleNamedEntryLine : IEntryLineParser
{
    public bool TryParse(DocLines lines, int index, out EntryHead head)
    {
        head = default;
        ref readonly var line = ref lines[index];
        var source = lines.Source;
        var text = source.Text;
        var end = line.TextEnd;
        var nameEnd = DocScanner.ScanName(text, line.TextStart, end);
        if (nameEnd < 0)
        {
            return false;
        }
        var i = DocScanner.SkipSpaces(text, nameEnd, end);
        var type = TypeSpec.None;
        var hasType = i < end && text[i] == '(';
        if (hasType)
        {
            var close = DocScanner.FindClosingBracket(text, i, end);
            if (close >= 0)
            {
                type = TypeSpec.Parse(text, i + 1, close);
                i = DocScanner.SkipSpaces(text, close + 1, end);
            }
            else if (text[end - 1] == ':')
            {
                // Half-typed "name (`type`, *optional*:": the type runs to the colon ending the line.
                type = TypeSpec.Parse(text, i + 1, end - 1);
                i = end - 1;
            }
            else
            {
                return false;
            }
        }
        // After "name (type)" the colon may touch the description, as pydocstyle accepts; after a bare name it
        // must not ("http://..." is no entry).
        if (i >= end || text[i] != ':' || (!hasType && i + 1 < end && !char.IsWhiteSpace(text[i + 1])))
        {
            return false;
        }
        var description = DocScanner.SkipSpaces(text, i + 1, end);
        head = new EntryHead(line.TextStart, [source.Span(line.TextStart, nameEnd)], type, description < end ? description : -1);
        return true;
    }
}
