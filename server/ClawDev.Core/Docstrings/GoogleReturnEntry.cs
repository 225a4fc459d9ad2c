namespace ClawDev.Core.Docstrings;

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
