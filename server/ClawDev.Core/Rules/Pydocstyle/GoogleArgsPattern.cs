namespace ClawDev.Core.Rules.Pydocstyle;

/// <summary>
/// A hand-written matcher equivalent to pydocstyle 6.2.3's <c>GOOGLE_ARGS_REGEX</c>
/// <c>^\s*(\w+)\s*(\(.*?\))?\s*:\n?\s*.+</c> (re.match, no DOTALL), without a regex in the hot path.
/// </summary>
internal static class GoogleArgsPattern
{
    /// <summary>The captured parameter name, empty when the entry does not match (a name has at least one character).</summary>
    /// <param name="allowStars">Accept "*args"/"**kwargs" entries, returning the name without stars (ruff's reading).</param>
    public static ReadOnlySpan<char> DocumentedName(ReadOnlySpan<char> entry, bool allowStars = false)
    {
        var i = SkipSpace(entry, 0);
        while (allowStars && i < entry.Length && entry[i] == '*')
        {
            i++;
        }
        var nameStart = i;
        while (i < entry.Length && PythonText.IsWordChar(entry[i]))
        {
            i++;
        }
        if (i == nameStart)
        {
            return [];
        }
        var name = entry[nameStart..i];
        i = SkipSpace(entry, i);
        if (i < entry.Length && entry[i] == ':')
        {
            return HasDescription(entry, i + 1) ? name : [];
        }
        if (i >= entry.Length || entry[i] != '(')
        {
            return [];
        }
        // The lazy (.*?) group: try each ')' on the same line until the rest of the pattern matches after it.
        for (var close = i + 1; close < entry.Length && entry[close] != '\n'; close++)
        {
            if (entry[close] != ')')
            {
                continue;
            }
            var colon = SkipSpace(entry, close + 1);
            if (colon < entry.Length && entry[colon] == ':' && HasDescription(entry, colon + 1))
            {
                return name;
            }
        }
        return [];
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && PythonText.IsSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// <c>\n?\s*.+</c> after the colon: every character skipped by <c>\s*</c> is white space, and '.' accepts
    /// anything but '\n', so the tail matches exactly when it holds some character other than '\n'.
    /// </summary>
    private static bool HasDescription(ReadOnlySpan<char> text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] != '\n')
            {
                return true;
            }
        }
        return false;
    }
}
