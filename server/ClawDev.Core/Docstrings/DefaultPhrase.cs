namespace ClawDev.Core.Docstrings;

/// <summary>
/// Finds a default stated in a description ("Defaults to None.", "Default is 50.", "(default: 5)"), the way the
/// Google guide and many NumPy docstrings write it when the type part does not.
/// </summary>
internal static class DefaultPhrase
{
    private const string Keyword = "default";

    /// <summary>The value's local range, or (-1, -1).</summary>
    /// <param name="willDefault">Whether "Will default to X." counts too (Hugging Face's wording for what a None
    /// stands for: "Will default to `self.device_placement`."), as drafting reads evidence; the rules do not.</param>
    public static (int Start, int End) Find(string text, int start, int end, bool willDefault = false)
    {
        for (var i = start; i + Keyword.Length < end; i++)
        {
            if (text[i] is not ('d' or 'D')
                || !text.AsSpan(i, Keyword.Length).Equals(Keyword, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var will = willDefault && AfterWill(text, start, i);
            if (!will && !StartsClause(text, start, i))
            {
                continue;
            }
            var valueStart = will ? IsWord(text, i + Keyword.Length, end, "to") : AfterConnector(text, i + Keyword.Length, end);
            if (valueStart < 0)
            {
                continue;
            }
            var valueEnd = ValueEnd(text, valueStart, end);
            if (valueEnd > valueStart)
            {
                return (valueStart, valueEnd);
            }
        }
        return (-1, -1);
    }

    /// <summary>
    /// The phrase opens the description or a clause: "Defaults to X." after a full stop, "; defaults to X",
    /// "(default: X)", ", default=X"; not "the defaults to be safe".
    /// </summary>
    private static bool StartsClause(string text, int start, int i)
    {
        var before = DocScanner.TrimEnd(text, start, i);
        return before == start || text[before - 1] is '.' or ';' or ',' or '(' or ':';
    }

    /// <summary>Whether "default" at <paramref name="i"/> follows a "will" that opens a clause ("Will default to", "If not set, will default to").</summary>
    private static bool AfterWill(string text, int start, int i)
    {
        const string Will = "will";
        var before = DocScanner.TrimEnd(text, start, i);
        var willStart = before - Will.Length;
        return before < i && willStart >= start && text.AsSpan(willStart, Will.Length).Equals(Will, StringComparison.OrdinalIgnoreCase)
            && (willStart == start || !char.IsLetter(text[willStart - 1])) && StartsClause(text, start, willStart);
    }

    /// <summary>
    /// After "default" comes "s to", " is", ":" or "=" (not "default settings", not "will default to"), or straight
    /// a code literal or a constant, as docker writes "Default ``True``." beside "Default: ``False``".
    /// </summary>
    private static int AfterConnector(string text, int i, int end)
    {
        if (i < end && text[i] is 's' or 'S')
        {
            return IsWord(text, i + 1, end, "to");
        }
        var afterIs = IsWord(text, i, end, "is");
        if (afterIs >= 0)
        {
            return afterIs;
        }
        var j = i;
        while (j < end && text[j] is ' ' or '\t')
        {
            j++;
        }
        if (j < end && text[j] is ':' or '=')
        {
            return DocScanner.SkipSpaces(text, j + 1, end);
        }
        return j > i && j < end && StartsConstant(text, j, end) ? j : -1;
    }

    /// <summary>A code literal ("``True``", "`None`") or True, False or None as a word.</summary>
    private static bool StartsConstant(string text, int i, int end)
    {
        if (text[i] == '`')
        {
            return true;
        }
        foreach (var constant in (ReadOnlySpan<string>)["True", "False", "None"])
        {
            var after = i + constant.Length;
            if (after <= end && text.AsSpan(i, constant.Length).SequenceEqual(constant) && (after == end || !char.IsLetterOrDigit(text[after]) && text[after] != '_'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>For " to X" or " is X" at <paramref name="i"/>, a line break allowed before the word ("Default\n is 10 seconds"): where X starts; else -1.</summary>
    private static int IsWord(string text, int i, int end, string word)
    {
        var wordStart = i;
        var lineBreaks = 0;
        while (wordStart < end && char.IsWhiteSpace(text[wordStart]))
        {
            lineBreaks += text[wordStart] == '\n' ? 1 : 0;
            wordStart++;
        }
        if (wordStart == i || lineBreaks > 1)
        {
            return -1;
        }
        var wordEnd = wordStart + word.Length;
        return wordEnd < end && text.AsSpan(wordStart, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(text[wordEnd])
            ? DocScanner.SkipSpaces(text, wordEnd, end)
            : -1;
    }

    /// <summary>The value runs to the line's end, a full stop, or a comma, semicolon or closing bracket outside brackets and code.</summary>
    private static int ValueEnd(string text, int start, int end)
    {
        var depth = 0;
        var i = start;
        for (; i < end; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                break;
            }
            if (c == '`')
            {
                i = DocScanner.SkipBackticks(text, i, end);
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' && --depth < 0)
            {
                break;
            }
            else if (depth == 0 && (c is ',' or ';' || (c == '.' && (i + 1 == end || char.IsWhiteSpace(text[i + 1])))))
            {
                break;
            }
        }
        return DocScanner.TrimEnd(text, start, i);
    }
}
