namespace ClawDev.Core.Rules.Pydocstyle;

/// <summary>One section header found the way pydocstyle 6.2.3's <c>_get_section_contexts</c> finds it.</summary>
/// <param name="Name">The section name, one of the valid names, that the header's leading words match in any case
/// ("Args" for "ARGS"): pydocstyle compares the names' <c>str.title()</c>, so comparing this name is enough.</param>
/// <param name="LineIndex">Index of the header line in the docstring's lines.</param>
internal readonly record struct SectionHeader(string Name, int LineIndex);

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

    /// <summary>The first section header at or after line <paramref name="from"/>, or null: the sections one at a time.</summary>
    public static SectionHeader? FindNext(LiteralLines lines, int from, string[] validNames)
    {
        for (var i = from; i < lines.Count; i++)
        {
            var leadingWords = LeadingWords(lines[i]);
            if (leadingWords.IsEmpty || NameOf(leadingWords, validNames) is not { } name)
            {
                continue;
            }
            // Python's lines[i - 1] wraps around to the last line for i == 0.
            var previousLine = lines[i == 0 ? lines.Count - 1 : i - 1];
            if (LooksLikeSectionHeader(lines[i], leadingWords, previousLine))
            {
                return new SectionHeader(name, i);
            }
        }
        return null;
    }

    /// <summary>get_leading_words: the run of word characters and spaces at the start of the stripped line.</summary>
    private static ReadOnlySpan<char> LeadingWords(ReadOnlySpan<char> line)
    {
        var stripped = PythonText.Strip(line);
        var length = 0;
        while (length < stripped.Length && (stripped[length] == ' ' || PythonText.IsWordChar(stripped[length])))
        {
            length++;
        }
        return stripped[..length];
    }

    private static string? NameOf(ReadOnlySpan<char> words, string[] names)
    {
        foreach (var name in names)
        {
            if (words.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>
    /// _is_docstring_section: nothing but an optional colon after the name (pydocstyle strips the name with
    /// <c>lstrip(name)</c>, i.e. any leading characters that occur in the name), and the previous line is blank
    /// or ends a sentence.
    /// </summary>
    private static bool LooksLikeSectionHeader(ReadOnlySpan<char> line, ReadOnlySpan<char> name, ReadOnlySpan<char> previousLine)
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
