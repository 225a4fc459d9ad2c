namespace ClawDev.Core.Docstrings;

/// <summary>
/// A type specification split into its parts, in local positions (-1 when absent): the type, an "optional"
/// marker and a default. Covers "int, optional", "{'a', 'b'}, default: 'a'", and the Hugging Face
/// "`int`, *optional*, defaults to 8".
/// </summary>
internal readonly record struct TypeSpec(int TypeStart, int TypeEnd, int OptionalStart, int OptionalEnd, int DefaultStart, int DefaultEnd)
{
    public static readonly TypeSpec None = new(-1, -1, -1, -1, -1, -1);

    public static TypeSpec TypeOnly(int start, int end) => None with { TypeStart = start, TypeEnd = end };

    /// <summary>Splits [start, end) on commas outside brackets, `code` and quotes, and classifies each part.</summary>
    public static TypeSpec Parse(string text, int start, int end)
    {
        var spec = None;
        var sawModifier = false;
        var partStart = start;
        var depth = 0;
        for (var i = start; i <= end; i++)
        {
            if (i < end)
            {
                var c = text[i];
                switch (c)
                {
                    case '(' or '[' or '{':
                        depth++;
                        continue;
                    case ')' or ']' or '}':
                        depth = Math.Max(0, depth - 1);
                        continue;
                    case '`':
                        i = DocScanner.SkipBackticks(text, i, end);
                        continue;
                    case '"' or '\'':
                        i = SkipQuoted(text, i, end);
                        continue;
                    case not ',':
                        continue;
                }
                if (depth > 0)
                {
                    continue;
                }
            }
            spec = Classify(text, partStart, i, spec, ref sawModifier);
            partStart = i + 1;
        }
        return spec;
    }

    private static TypeSpec Classify(string text, int start, int end, TypeSpec spec, ref bool sawModifier)
    {
        start = DocScanner.SkipSpaces(text, start, end);
        // A backslash that continues the line (scikit-learn's long types) is no part of either side.
        while (start + 1 < end && text[start] == '\\' && text[start + 1] is '\r' or '\n')
        {
            start = DocScanner.SkipSpaces(text, start + 1, end);
        }
        end = DocScanner.TrimEnd(text, start, end);
        if (end > start && text[end - 1] == '\\')
        {
            end = DocScanner.TrimEnd(text, start, end - 1);
        }
        if (start >= end)
        {
            return spec;
        }
        // A modifier in trailing brackets: "optional (default='weight')", "int (default=3)", "list (optional)".
        if (TrailingModifierOpen(text, start, end) is var open && open >= 0)
        {
            spec = Classify(text, start, open, spec, ref sawModifier);
            return Classify(text, open + 1, end - 1, spec, ref sawModifier);
        }
        if (IsOptionalMarker(text, start, end))
        {
            sawModifier = true;
            return spec.OptionalStart >= 0 ? spec : spec with { OptionalStart = start, OptionalEnd = end };
        }
        var valueStart = DefaultValueStart(text, start, end);
        if (valueStart >= 0)
        {
            sawModifier = true;
            return spec.DefaultStart >= 0 || valueStart >= end ? spec : spec with { DefaultStart = valueStart, DefaultEnd = end };
        }
        // Type text continues over commas ("array_like, shape (n,)") until the first modifier.
        if (sawModifier)
        {
            return spec;
        }
        return spec with { TypeStart = spec.TypeStart >= 0 ? spec.TypeStart : start, TypeEnd = end };
    }

    /// <summary>
    /// Where the part's last bracket group opens when it holds a modifier ("(optional)", "(default=3)") and something
    /// stands before it; -1 otherwise ("data type (float)" is all type).
    /// </summary>
    private static int TrailingModifierOpen(string text, int start, int end)
    {
        if (text[end - 1] != ')')
        {
            return -1;
        }
        var depth = 0;
        for (var i = end - 1; i > start; i--)
        {
            depth += text[i] switch { ')' => 1, '(' => -1, _ => 0 };
            if (depth == 0)
            {
                var innerStart = DocScanner.SkipSpaces(text, i + 1, end - 1);
                var innerEnd = DocScanner.TrimEnd(text, innerStart, end - 1);
                return innerStart < innerEnd && (IsOptionalMarker(text, innerStart, innerEnd) || DefaultValueStart(text, innerStart, innerEnd) >= 0) ? i : -1;
            }
        }
        return -1;
    }

    /// <summary>"optional", "*optional*", "`optional`".</summary>
    private static bool IsOptionalMarker(string text, int start, int end)
    {
        while (start < end && text[start] is '*' or '`' or '_')
        {
            start++;
        }
        while (end > start && text[end - 1] is '*' or '`' or '_')
        {
            end--;
        }
        return text.AsSpan(start, end - start).Equals("optional", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// For "default X", "defaults to X", "default=X", "default: X", "default is X": where X starts (possibly
    /// the end when X is missing). -1 when the part is not a default.
    /// </summary>
    private static int DefaultValueStart(string text, int start, int end)
    {
        const string keyword = "default";
        var span = text.AsSpan(start, end - start);
        if (!span.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }
        var i = start + keyword.Length;
        if (i < end && text[i] is 's' or 'S')
        {
            i++;
        }
        if (i < end && !(char.IsWhiteSpace(text[i]) || text[i] is '=' or ':'))
        {
            return -1;
        }
        i = DocScanner.SkipSpaces(text, i, end);
        if (IsWord(text, i, end, "to") || IsWord(text, i, end, "is"))
        {
            i = DocScanner.SkipSpaces(text, i + 2, end);
        }
        if (i < end && text[i] is '=' or ':')
        {
            i = DocScanner.SkipSpaces(text, i + 1, end);
        }
        return i;
    }

    private static bool IsWord(string text, int i, int end, string word) =>
        i + word.Length < end
        && text.AsSpan(i, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && char.IsWhiteSpace(text[i + word.Length]);

    private static int SkipQuoted(string text, int i, int end)
    {
        var close = text.AsSpan(i + 1, end - i - 1).IndexOf(text[i]);
        return close < 0 ? i : i + 1 + close;
    }
}
