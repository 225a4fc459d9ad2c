namespace ClawDev.Core.Python.Tokens;

/// <summary>Python's operators and delimiters: the longest one at a position, and its tag.</summary>
internal static class Operators
{
    /// <summary>The tag of each one-character operator (None for those the parser does not tell apart).</summary>
    private static readonly TokenTag[] SingleCharacterTags = CreateSingleCharacterTags();

    /// <summary>
    /// Length of the longest operator at <paramref name="start"/>, or 0 when there is none (a lone '!' only
    /// exists inside f-strings); <paramref name="tag"/> tells apart the operators the parser needs.
    /// </summary>
    public static int Length(string text, int start, out TokenTag tag)
    {
        var c = text[start];
        tag = c < 128 ? SingleCharacterTags[c] : TokenTag.None;
        if (tag.IsOpeningBracket() || tag.IsClosingBracket() || c is ',' or ';' or '~')
        {
            return 1;
        }
        var second = start + 1 < text.Length ? text[start + 1] : '\0';
        var third = start + 2 < text.Length ? text[start + 2] : '\0';
        switch (c)
        {
            case '.':
                return second == '.' && third == '.' ? Untagged(3, out tag) : 1;
            case ':':
                return second == '=' ? Tagged(2, TokenTag.ColonEqual, out tag) : 1;
            case '-':
                return second == '>' ? Tagged(2, TokenTag.Arrow, out tag) : second == '=' ? 2 : 1;
            case '+':
                return second == '=' ? Tagged(2, TokenTag.PlusEqual, out tag) : 1;
            case '*' when second == '*':
                return third == '=' ? Untagged(3, out tag) : Tagged(2, TokenTag.DoubleStar, out tag);
            case '/' or '<' or '>' when second == c:
                return Untagged(third == '=' ? 3 : 2, out tag);
            case '!':
                return second == '=' ? 2 : 0;
            case '*' or '/' or '<' or '>' or '=' or '@' or '%' or '&' or '|' or '^':
                return second == '=' ? Untagged(2, out tag) : 1;
            default:
                return 0;
        }
    }

    private static int Tagged(int length, TokenTag longer, out TokenTag tag)
    {
        tag = longer;
        return length;
    }

    private static int Untagged(int length, out TokenTag tag)
    {
        tag = TokenTag.None;
        return length;
    }

    private static TokenTag[] CreateSingleCharacterTags()
    {
        var tags = new TokenTag[128];
        tags['('] = TokenTag.LeftParenthesis;
        tags['['] = TokenTag.LeftBracket;
        tags['{'] = TokenTag.LeftBrace;
        tags[')'] = TokenTag.RightParenthesis;
        tags[']'] = TokenTag.RightBracket;
        tags['}'] = TokenTag.RightBrace;
        tags[','] = TokenTag.Comma;
        tags[';'] = TokenTag.Semicolon;
        tags[':'] = TokenTag.Colon;
        tags['.'] = TokenTag.Dot;
        tags['@'] = TokenTag.At;
        tags['='] = TokenTag.Equal;
        tags['+'] = TokenTag.Plus;
        tags['*'] = TokenTag.Star;
        tags['/'] = TokenTag.Slash;
        return tags;
    }
}
