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
                type = TypeSpec.Parse(text, typeStart, end);
            }
        }
        head = new EntryHead(line.TextStart, names.ToArray(), type, -1);
        return true;
    }
}
