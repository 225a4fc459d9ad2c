using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>
/// "name (type): description", "*args: description", the Hugging Face
/// "name (`type`, *optional*, defaults to `X`):" with the description on the following lines, and entries for
/// several parameters at once, "pixel_mean (`float`), pixel_std (`float`):" or "height, width (`int`):" — a group
/// whose last name carries a type (so that prose such as "Note, see: ..." is never read as names). A Hugging Face
/// head without its colon ("name (`type`)" over a deeper description, as accelerate writes a few) is an entry too.
/// </summary>
internal readonly struct GoogleNamedEntryLine : IEntryLineParser
{
    /// <summary>More names than this on one head is not an entry.</summary>
    private const int MaxNames = 16;

    public bool TryParse(DocLines lines, int index, out EntryHead head)
    {
        head = default;
        ref readonly var line = ref lines[index];
        var source = lines.Source;
        var text = source.Text;
        var end = line.TextEnd;
        // Most heads name one parameter: the list is made only for a group ("height, width (`int`):").
        var first = default(TextSpan);
        List<TextSpan>? more = null;
        var count = 0;
        var type = TypeSpec.None;
        var i = line.TextStart;
        bool hasType;
        while (true)
        {
            var nameEnd = DocScanner.ScanName(text, i, end);
            if (nameEnd < 0 || count == MaxNames)
            {
                return false;
            }
            if (count++ == 0)
            {
                first = source.Span(i, nameEnd);
            }
            else
            {
                (more ??= []).Add(source.Span(i, nameEnd));
            }
            i = DocScanner.SkipSpaces(text, nameEnd, end);
            hasType = i < end && text[i] == '(';
            if (hasType)
            {
                var close = DocScanner.FindClosingBracket(text, i, end);
                if (close >= 0)
                {
                    type = count == 1 || type.TypeStart < 0 ? TypeSpec.Parse(text, i + 1, close) : type;
                    i = DocScanner.SkipSpaces(text, close + 1, end);
                }
                else if (count == 1 && text[end - 1] == ':')
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
            if (i < end && text[i] == ',')
            {
                i = DocScanner.SkipSpaces(text, i + 1, end);
                continue;
            }
            break;
        }
        // A Hugging Face head that lost its colon, "name (`type`, *optional*)" over a deeper description: the entry
        // is there (reporting it missing would have a second one drafted); what it lacks is the colon.
        if (i >= end && hasType && count == 1 && index + 1 < lines.Count && lines[index + 1] is { IsBlank: false } next && next.Indent > line.Indent)
        {
            head = new EntryHead(line.TextStart, [first], type, -1);
            return true;
        }
        // After "name (type)" the colon may touch the description, as pydocstyle accepts; after a bare name it
        // must not ("http://..." is no entry). A group of names ends with a type.
        if (i >= end || text[i] != ':' || (!hasType && (count > 1 || (i + 1 < end && !char.IsWhiteSpace(text[i + 1])))))
        {
            return false;
        }
        var description = DocScanner.SkipSpaces(text, i + 1, end);
        head = new EntryHead(line.TextStart, more is null ? [first] : [first, .. more], type, description < end ? description : -1);
        return true;
    }
}
