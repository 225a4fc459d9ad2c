using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>"x : int, optional", "x1, x2 : array_like", "*args", "**kwargs : dict" (Parameters, Attributes, ...).</summary>
internal readonly struct NumPyNamedEntryLine : IEntryLineParser
{
    public bool TryParse(DocLines lines, int index, out EntryHead head) => TryParse(lines, index, out head, out _);

    /// <param name="hasColon">Whether the names are followed by " : type" (a return entry needs it to have a name).</param>
    public static bool TryParse(DocLines lines, int index, out EntryHead head, out bool hasColon)
    {
        head = default;
        hasColon = false;
        ref readonly var line = ref lines[index];
        var source = lines.Source;
        var text = source.Text;
        var end = line.TextEnd;
        var names = new List<TextSpan>(1);
        var i = line.TextStart;
        while (true)
        {
            var nameEnd = DocScanner.ScanName(text, i, end);
            if (nameEnd < 0)
            {
                return false;
            }
            names.Add(source.Span(i, nameEnd));
            i = DocScanner.SkipSpaces(text, nameEnd, end);
            if (i >= end || text[i] != ',')
            {
                break;
            }
            i = DocScanner.SkipSpaces(text, i + 1, end);
        }
        var type = TypeSpec.None;
        var descriptionStart = -1;
        if (i < end)
        {
            if (text[i] != ':')
            {
                return false;
            }
            hasColon = true;
            var typeStart = DocScanner.SkipSpaces(text, i + 1, end);
            if (typeStart < end)
            {
                if (ContinuedOnNextLine(lines, index) is var continuation && continuation >= 0)
                {
                    (end, descriptionStart) = (lines[continuation].TextEnd, DescriptionAfter(lines, index, continuation));
                }
                type = TypeSpec.Parse(text, typeStart, end);
            }
        }
        head = new EntryHead(line.TextStart, names.ToArray(), type, descriptionStart);
        return true;
    }

    /// <summary>
    /// The next line, where the type line ends with a backslash (scikit-learn's "strategy : {"most_frequent", \" over
    /// "    "constant"}, default="prior""): Python joins the two in the docstring's value, so the type goes on there.
    /// -1 otherwise.
    /// </summary>
    private static int ContinuedOnNextLine(DocLines lines, int index)
    {
        ref readonly var line = ref lines[index];
        return line.TextEnd > line.TextStart && lines.Source.Text[line.TextEnd - 1] == '\\'
            && index + 1 < lines.Count && !lines[index + 1].IsBlank && lines[index + 1].Indent > line.Indent
            ? index + 1
            : -1;
    }

    /// <summary>Where the description starts after a continued type: the next text line deeper than the head, else
    /// (none) the continuation's end.</summary>
    private static int DescriptionAfter(DocLines lines, int index, int continuation)
    {
        var next = lines.NextNonBlank(continuation + 1);
        return next >= 0 && lines[next].Indent > lines[index].Indent ? lines[next].TextStart : lines[continuation].TextEnd;
    }
}
