namespace ClawDev.Core.Workspace;

/// <summary>
/// git's wildmatch (wildmatch.c) with WM_PATHNAME semantics, as .gitignore patterns use it:
/// '*' and '?' never match '/', "**" matches across directories only as a whole path component
/// ("**/x", "x/**", "a/**/b"), bracket expressions support ranges, '!'/'^' negation and [:class:].
/// Characters are compared as UTF-16 code units, case-sensitively (core.ignorecase=false).
/// </summary>
internal static class Wildmatch
{
    private enum Outcome
    {
        Match,
        NoMatch,
        // Returned to stop backtracking early, exactly as git does: no shift of the text can match.
        AbortAll,
        // No shift can match until an enclosing "**" consumes another directory.
        AbortToStarStar,
    }

    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text) =>
        Match(pattern, 0, text, 0) == Outcome.Match;

    /// <summary>True when <paramref name="pattern"/> has no wildcard, bracket or escape: it matches only itself.</summary>
    public static bool IsLiteral(ReadOnlySpan<char> pattern) => pattern.IndexOfAny("*?[\\") < 0;

    private static char At(ReadOnlySpan<char> s, int i) => i < s.Length ? s[i] : '\0';

    private static Outcome Match(ReadOnlySpan<char> pattern, int p, ReadOnlySpan<char> text, int t)
    {
        for (; p < pattern.Length; t++, p++)
        {
            var pc = pattern[p];
            var tc = At(text, t);
            if (t >= text.Length && pc != '*')
            {
                return Outcome.AbortAll;
            }
            switch (pc)
            {
                case '\\':
                    // Literal match with the next character; a trailing backslash matches nothing.
                    p++;
                    if (p >= pattern.Length || tc != pattern[p])
                    {
                        return Outcome.NoMatch;
                    }
                    continue;
                case '?':
                    if (tc == '/')
                    {
                        return Outcome.NoMatch;
                    }
                    continue;
                case '*':
                    {
                        bool matchSlash;
                        if (At(pattern, ++p) == '*')
                        {
                            var before = p - 2;
                            while (At(pattern, ++p) == '*')
                            {
                            }
                            var next = At(pattern, p);
                            if ((before < 0 || pattern[before] == '/')
                                && (p >= pattern.Length || next == '/' || (next == '\\' && At(pattern, p + 1) == '/')))
                            {
                                // "**/" may match no directory at all: try the rest of the pattern right here.
                                if (next == '/' && Match(pattern, p + 1, text, t) == Outcome.Match)
                                {
                                    return Outcome.Match;
                                }
                                matchSlash = true;
                            }
                            else
                            {
                                // Any other run of stars is an ordinary '*'.
                                matchSlash = false;
                            }
                        }
                        else
                        {
                            matchSlash = false;
                        }

                        if (p >= pattern.Length)
                        {
                            // A trailing "**" matches everything; a trailing "*" only the rest of this component.
                            if (!matchSlash && text[t..].IndexOf('/') >= 0)
                            {
                                return Outcome.AbortToStarStar;
                            }
                            return Outcome.Match;
                        }
                        if (!matchSlash && pattern[p] == '/')
                        {
                            // A single '*' before '/' consumes exactly the rest of this component.
                            var slash = text[t..].IndexOf('/');
                            if (slash < 0)
                            {
                                return Outcome.AbortAll;
                            }
                            t += slash;
                            // The slash itself is matched by the loop's next step.
                            break;
                        }
                        while (t < text.Length)
                        {
                            tc = text[t];
                            if (!IsGlobSpecial(pattern[p]))
                            {
                                // Skip ahead to the next occurrence of the literal that follows the star.
                                var literal = pattern[p];
                                while (t < text.Length && (matchSlash || text[t] != '/') && text[t] != literal)
                                {
                                    t++;
                                }
                                tc = At(text, t);
                                if (t >= text.Length || tc != literal)
                                {
                                    return matchSlash ? Outcome.AbortAll : Outcome.AbortToStarStar;
                                }
                            }
                            var matched = Match(pattern, p, text, t);
                            if (matched != Outcome.NoMatch)
                            {
                                if (!matchSlash || matched != Outcome.AbortToStarStar)
                                {
                                    return matched;
                                }
                            }
                            else if (!matchSlash && tc == '/')
                            {
                                return Outcome.AbortToStarStar;
                            }
                            t++;
                        }
                        return Outcome.AbortAll;
                    }
                case '[':
                    {
                        var result = MatchBracket(pattern, ref p, tc);
                        if (result == BracketResult.Malformed)
                        {
                            return Outcome.AbortAll;
                        }
                        if (result == BracketResult.NoMatch || tc == '/')
                        {
                            return Outcome.NoMatch;
                        }
                        continue;
                    }
                default:
                    if (tc != pc)
                    {
                        return Outcome.NoMatch;
                    }
                    continue;
            }
        }
        return t >= text.Length ? Outcome.Match : Outcome.NoMatch;
    }

    private static bool IsGlobSpecial(char c) => c is '*' or '?' or '[' or '\\';

    private enum BracketResult
    {
        Match,
        NoMatch,
        Malformed,
    }

    /// <summary>Matches <paramref name="c"/> against the bracket expression at <paramref name="p"/>; leaves <paramref name="p"/> on its ']'.</summary>
    private static BracketResult MatchBracket(ReadOnlySpan<char> pattern, ref int p, char c)
    {
        var pc = At(pattern, ++p);
        if (pc == '^')
        {
            pc = '!';
        }
        var negated = pc == '!';
        if (negated)
        {
            pc = At(pattern, ++p);
        }
        var previous = '\0';
        var matched = false;
        // The first character after '[' (or "[!") is literal even when it is ']'.
        do
        {
            if (p >= pattern.Length)
            {
                return BracketResult.Malformed;
            }
            if (pc == '\\')
            {
                pc = At(pattern, ++p);
                if (p >= pattern.Length)
                {
                    return BracketResult.Malformed;
                }
                matched |= c == pc;
            }
            else if (pc == '-' && previous != '\0' && p + 1 < pattern.Length && pattern[p + 1] != ']')
            {
                pc = pattern[++p];
                if (pc == '\\')
                {
                    pc = At(pattern, ++p);
                    if (p >= pattern.Length)
                    {
                        return BracketResult.Malformed;
                    }
                }
                matched |= c >= previous && c <= pc;
                // A range cannot be the start of another range.
                pc = '\0';
            }
            else if (pc == '[' && At(pattern, p + 1) == ':')
            {
                var nameStart = p + 2;
                var close = nameStart;
                while (close < pattern.Length && pattern[close] != ']')
                {
                    close++;
                }
                if (close >= pattern.Length)
                {
                    return BracketResult.Malformed;
                }
                if (close - nameStart < 1 || pattern[close - 1] != ':')
                {
                    // Not "[:name:]": the '[' is an ordinary member of the set.
                    matched |= c == '[';
                }
                else
                {
                    if (ClassContains(pattern[nameStart..(close - 1)], c) is not { } inClass)
                    {
                        return BracketResult.Malformed;
                    }
                    matched |= inClass;
                    p = close;
                    pc = '\0';
                }
            }
            else
            {
                matched |= c == pc;
            }
            previous = pc;
            pc = At(pattern, ++p);
        }
        while (pc != ']');
        return matched != negated ? BracketResult.Match : BracketResult.NoMatch;
    }

    /// <summary>Whether <paramref name="c"/> is in the POSIX class <paramref name="name"/>; null for an unknown class.</summary>
    private static bool? ClassContains(ReadOnlySpan<char> name, char c) => name switch
    {
        "alnum" => char.IsAsciiLetterOrDigit(c),
        "alpha" => char.IsAsciiLetter(c),
        "blank" => c is ' ' or '\t',
        "cntrl" => c < ' ' || c == '\x7f',
        "digit" => char.IsAsciiDigit(c),
        "graph" => c > ' ' && c < '\x7f',
        "lower" => char.IsAsciiLetterLower(c),
        "print" => c >= ' ' && c < '\x7f',
        "punct" => c > ' ' && c < '\x7f' && !char.IsAsciiLetterOrDigit(c),
        "space" => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f',
        "upper" => char.IsAsciiLetterUpper(c),
        "xdigit" => char.IsAsciiHexDigit(c),
        _ => null,
    };
}
