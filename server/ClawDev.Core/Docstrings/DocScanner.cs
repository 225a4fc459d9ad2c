namespace ClawDev.Core.Docstrings;

/// <summary>Hand-written character scanning shared by the style parsers: no regexes, no allocations.</summary>
internal static class DocScanner
{
    private const int MaxNamePrefix = 6;
    private const int MaxTypeWords = 4;

    /// <summary>Any whitespace before a line's text counts as indentation (callers never pass line breaks).</summary>
    public static bool IsIndentation(char c) => char.IsWhiteSpace(c);

    /// <summary>The column after <paramref name="c"/>: tabs move to the next multiple of 8, like str.expandtabs.</summary>
    public static int NextColumn(char c, int column) => c == '\t' ? (column / 8 + 1) * 8 : column + 1;

    public static int SkipIndentation(string text, int i, int end)
    {
        while (i < end && IsIndentation(text[i]))
        {
            i++;
        }
        return i;
    }

    public static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    public static int IndentWidth(string text, int start, int end)
    {
        var column = 0;
        for (var i = start; i < end; i++)
        {
            column = NextColumn(text[i], column);
        }
        return column;
    }

    /// <summary>The position just after the last non-whitespace character of [start, end), or start.</summary>
    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    /// <summary>
    /// Scans a parameter name as docstrings write it: optional stars and reST escapes ("*args", "\*\*kwargs")
    /// then an identifier. Returns the position after the name, or -1.
    /// </summary>
    public static int ScanName(string text, int i, int end)
    {
        var prefix = 0;
        while (i < end && prefix < MaxNamePrefix && text[i] is '*' or '\\')
        {
            i++;
            prefix++;
        }
        if (i >= end || !(char.IsLetter(text[i]) || text[i] == '_'))
        {
            return -1;
        }
        i++;
        while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// The position of the bracket closing the one at <paramref name="open"/>, skipping nested brackets and
    /// `code` spans (Hugging Face types hold parentheses inside backticks). -1 when it does not close.
    /// </summary>
    public static int FindClosingBracket(string text, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            switch (text[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    if (--depth == 0)
                    {
                        return i;
                    }
                    break;
                case '`':
                    i = SkipBackticks(text, i, end);
                    break;
            }
        }
        return -1;
    }

    /// <summary>
    /// The colon that ends a "type: description" field: the first one outside brackets and `code`, not part of
    /// a role such as :class:`x`, and followed by whitespace or the end. -1 when there is none.
    /// </summary>
    public static int FindFieldColon(string text, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '`':
                    i = SkipBackticks(text, i, end);
                    break;
                case ':' when depth == 0:
                    var roleEnd = RoleNameEnd(text, i, end);
                    if (roleEnd >= 0)
                    {
                        i = roleEnd;
                    }
                    else if (i + 1 == end || char.IsWhiteSpace(text[i + 1]))
                    {
                        return i;
                    }
                    break;
            }
        }
        return -1;
    }

    /// <summary>
    /// Whether [start, end) reads like a type ("int", "list of str", "`torch.Tensor` or `tuple`") rather than a
    /// sentence: at most a few words outside brackets and code, and no full stop at the end.
    /// </summary>
    public static bool LooksLikeType(string text, int start, int end, int maxWords = MaxTypeWords)
    {
        end = TrimEnd(text, start, end);
        start = SkipSpaces(text, start, end);
        if (start >= end || text[end - 1] == '.')
        {
            return false;
        }
        var words = 0;
        var depth = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == '`')
            {
                i = SkipBackticks(text, i, end);
            }
            if (depth > 0)
            {
                continue;
            }
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord && ++words > maxWords)
            {
                return false;
            }
            inWord = !space;
        }
        return true;
    }

    /// <summary>The position of the backtick closing the one at <paramref name="i"/>, or i when unclosed.</summary>
    public static int SkipBackticks(string text, int i, int end)
    {
        var close = text.AsSpan(i + 1, end - i - 1).IndexOf('`');
        return close < 0 ? i : i + 1 + close;
    }

    /// <summary>For a colon opening a role (":class:`x`", ":py:func:`y`"), the position of its last colon; else -1.</summary>
    private static int RoleNameEnd(string text, int colon, int end)
    {
        for (var j = colon + 1; j < end; j++)
        {
            var c = text[j];
            if (c == ':' && j > colon + 1)
            {
                if (j + 1 < end && text[j + 1] == '`')
                {
                    return j;
                }
                continue;
            }
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '+'))
            {
                return -1;
            }
        }
        return -1;
    }
}
