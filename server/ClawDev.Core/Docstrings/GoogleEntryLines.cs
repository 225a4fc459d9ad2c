using ClawDev.Core.Python;

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

/// <summary>
/// A Google "Returns:"/"Yields:" body is one entry, as Napoleon reads it: "type: description" when the text
/// before the first colon reads like a type, else all description.
/// </summary>
internal static class GoogleReturnEntry
{
    public static IReadOnlyList<DocEntry> Parse(DocLines lines, int first, int end)
    {
        var headLine = lines.NextNonBlank(first);
        if (headLine < 0 || headLine >= end)
        {
            return [];
        }
        var lastLine = lines.LastNonBlank(headLine, end);
        ref readonly var line = ref lines[headLine];
        var text = lines.Source.Text;
        var colon = DocScanner.FindFieldColon(text, line.TextStart, line.TextEnd);
        var head = new EntryHead(line.TextStart, [], TypeSpec.None, line.TextStart);
        if (colon >= 0)
        {
            var typeEnd = DocScanner.TrimEnd(text, line.TextStart, colon);
            if (DocScanner.LooksLikeType(text, line.TextStart, typeEnd))
            {
                var description = DocScanner.SkipSpaces(text, colon + 1, line.TextEnd);
                head = head with
                {
                    Type = TypeSpec.TypeOnly(line.TextStart, typeEnd),
                    DescriptionStart = description < line.TextEnd ? description : -1,
                };
            }
        }
        return [EntryGrouper.Build(lines, head, headLine, lastLine)];
    }
}
