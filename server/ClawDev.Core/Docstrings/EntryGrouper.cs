namespace ClawDev.Core.Docstrings;

/// <summary>
/// Splits a section body into entries. The first line at or left of the entries' column that the line parser
/// accepts opens an entry; deeper lines and lines it rejects continue the current one, so sloppy wrapping never
/// loses text. A Hugging Face group line at the entries' column ("&gt; Parameters that control the model", as
/// trl's and transformers' configuration classes group their fields) ends the entry before it and belongs to none.
/// </summary>
internal static class EntryGrouper
{
    public static IReadOnlyList<DocEntry> Group<TParser>(DocLines lines, int first, int end, TParser parser)
        where TParser : struct, IEntryLineParser
    {
        var firstText = lines.NextNonBlank(first);
        if (firstText < 0 || firstText >= end)
        {
            return [];
        }
        var column = lines[firstText].Indent;
        var entries = new List<DocEntry>();
        var headLine = -1;
        var head = default(EntryHead);
        var lastLine = -1;
        for (var i = firstText; i < end; i++)
        {
            ref readonly var line = ref lines[i];
            if (line.IsBlank)
            {
                continue;
            }
            if (line.Indent <= column && IsGroupLine(lines, i))
            {
                if (headLine >= 0)
                {
                    entries.Add(Build(lines, head, headLine, lastLine));
                }
                headLine = -1;
                continue;
            }
            if (line.Indent <= column && parser.TryParse(lines, i, out var next))
            {
                if (headLine >= 0)
                {
                    entries.Add(Build(lines, head, headLine, lastLine));
                }
                head = next;
                headLine = i;
            }
            lastLine = i;
        }
        if (headLine >= 0)
        {
            entries.Add(Build(lines, head, headLine, lastLine));
        }
        return entries;
    }

    /// <summary>"&gt; words": a Markdown quote line naming a group of entries (not "&gt;&gt;&gt;", a doctest).</summary>
    private static bool IsGroupLine(DocLines lines, int index)
    {
        ref readonly var line = ref lines[index];
        var text = lines.Source.Text;
        return line.TextEnd - line.TextStart > 2 && text[line.TextStart] == '>' && text[line.TextStart + 1] == ' ';
    }

    /// <summary>An entry from its head and the last line of its description.</summary>
    public static DocEntry Build(DocLines lines, EntryHead head, int headLine, int lastLine)
    {
        var source = lines.Source;
        var end = lines[lastLine].TextEnd;
        var descriptionStart = head.DescriptionStart >= 0
            ? head.DescriptionStart
            : lastLine > headLine ? lines[lines.NextNonBlank(headLine + 1)].TextStart : end;
        return new DocEntry(source, source.Span(head.Start, end), head.Names, head.Type, source.Span(descriptionStart, end));
    }
}
