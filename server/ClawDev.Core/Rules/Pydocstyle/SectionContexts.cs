namespace ClawDev.Core.Rules.Pydocstyle;

/// <summary>One section header found the way pydocstyle 6.2.3's <c>_get_section_contexts</c> finds it.</summary>
/// <param name="Name">The leading words of the header line as written ("Args", "PARAMETERS").</param>
/// <param name="LineIndex">Index of the header line in the docstring's lines.</param>
/// <param name="FollowingStart">First line after the header.</param>
/// <param name="FollowingEnd">Exclusive end: the next section's header, or the docstring's last line for the last
/// section (pydocstyle's <c>lines[i + 1:-1]</c> drops the last line, even when it holds text before the closing quotes).</param>
internal readonly record struct SectionContext(string Name, int LineIndex, int FollowingStart, int FollowingEnd);

/// <summary>Port of pydocstyle 6.2.3's section detection (<c>_get_section_contexts</c>, <c>_is_docstring_section</c>, <c>get_leading_words</c>).</summary>
internal static class SectionContexts
{
    public static readonly string[] NumpySectionNames =
    [
        "Short Summary", "Extended Summary", "Parameters", "Returns", "Yields", "Other Parameters", "Raises",
        "See Also", "Notes", "References", "Examples", "Attributes", "Methods",
    ];

    public static readonly string[] GoogleSectionNames =
    [
        "Args", "Arguments", "Attention", "Attributes", "Caution", "Danger", "Error", "Example", "Examples", "Hint",
        "Important", "Keyword Args", "Keyword Arguments", "Methods", "Note", "Notes", "Return", "Returns", "Raises",
        "References", "See Also", "Tip", "Todo", "Warning", "Warnings", "Warns", "Yield", "Yields",
    ];

    private static readonly char[] ParagraphEndPunctuation = [',', ';', '.', '-', '\\', '/', ']', '}', ')'];

    /// <param name="lines">The raw docstring literal split at '\n'.</param>
    public static List<SectionContext> Find(string[] lines, string[] validNames)
    {
        var sections = new List<SectionContext>();
        for (var i = 0; i < lines.Length; i++)
        {
            var leadingWords = LeadingWords(lines[i]);
            if (leadingWords.IsEmpty || !IsOneOf(leadingWords, validNames))
            {
                continue;
            }
            // Python's lines[i - 1] wraps around to the last line for i == 0.
            var previousLine = lines[i == 0 ? lines.Length - 1 : i - 1];
            if (LooksLikeSectionHeader(lines[i], leadingWords, previousLine))
            {
                sections.Add(new SectionContext(leadingWords.ToString(), i, i + 1, 0));
            }
        }
        for (var k = 0; k < sections.Count; k++)
        {
            var end = k + 1 < sections.Count ? sections[k + 1].LineIndex : lines.Length - 1;
            sections[k] = sections[k] with { FollowingEnd = Math.Max(end, sections[k].FollowingStart) };
        }
        return sections;
    }

    /// <summary>pydocstyle's str.title() comparisons ("Parameters", "Args") for names made of ASCII words.</summary>
    public static bool TitleEquals(string sectionName, string title) =>
        string.Equals(sectionName, title, StringComparison.OrdinalIgnoreCase);

    /// <summary>get_leading_words: the run of word characters and spaces at the start of the stripped line.</summary>
    private static ReadOnlySpan<char> LeadingWords(string line)
    {
        var stripped = PythonText.Strip(line);
        var length = 0;
        while (length < stripped.Length && (stripped[length] == ' ' || PythonText.IsWordChar(stripped[length])))
        {
            length++;
        }
        return stripped[..length];
    }

    private static bool IsOneOf(ReadOnlySpan<char> words, string[] names)
    {
        foreach (var name in names)
        {
            if (words.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// _is_docstring_section: nothing but an optional colon after the name (pydocstyle strips the name with
    /// <c>lstrip(name)</c>, i.e. any leading characters that occur in the name), and the previous line is blank
    /// or ends a sentence.
    /// </summary>
    private static bool LooksLikeSectionHeader(string line, ReadOnlySpan<char> name, string previousLine)
    {
        var rest = PythonText.Strip(line);
        var nameChars = PythonText.Strip(name);
        var skip = 0;
        while (skip < rest.Length && nameChars.Contains(rest[skip]))
        {
            skip++;
        }
        var suffix = PythonText.Strip(rest[skip..]);
        if (!suffix.IsEmpty && !suffix.SequenceEqual(":"))
        {
            return false;
        }
        var previous = PythonText.Strip(previousLine);
        return previous.IsEmpty || ParagraphEndPunctuation.Contains(previous[^1]);
    }
}
