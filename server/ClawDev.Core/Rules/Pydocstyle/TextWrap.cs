namespace ClawDev.Core.Rules.Pydocstyle;

/// <summary>Python 3.11's <c>textwrap.dedent</c>, which pydocstyle applies to the body of a Google "Args" section.</summary>
internal static class TextWrap
{
    /// <summary>
    /// Lines holding only spaces and tabs become empty; the longest run of spaces and tabs common to every other
    /// line is removed. Lines are separated by '\n' only, like the regular expressions dedent uses. Done in place
    /// (the text only shrinks); returns the dedented text's length.
    /// </summary>
    public static int Dedent(Span<char> text)
    {
        // The margin is a prefix of every indented line's indentation, so the first such line holds it.
        var marginLine = -1;
        var marginLength = 0;
        foreach (var range in ((ReadOnlySpan<char>)text).Split('\n'))
        {
            var line = text[range];
            var indentLength = SpacesAndTabs(line);
            if (indentLength == line.Length)
            {
                continue;
            }
            if (marginLine < 0)
            {
                marginLine = range.Start.Value;
                marginLength = indentLength;
            }
            else
            {
                marginLength = line[..indentLength].CommonPrefixLength(text.Slice(marginLine, marginLength));
            }
        }
        // Every write lands behind the line being read, so the split ahead still sees the original text.
        var length = 0;
        foreach (var range in ((ReadOnlySpan<char>)text).Split('\n'))
        {
            if (range.Start.Value > 0)
            {
                text[length++] = '\n';
            }
            var line = text[range];
            if (SpacesAndTabs(line) < line.Length)
            {
                line[marginLength..].CopyTo(text[length..]);
                length += line.Length - marginLength;
            }
        }
        return length;
    }

    private static int SpacesAndTabs(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }
        return i;
    }
}
