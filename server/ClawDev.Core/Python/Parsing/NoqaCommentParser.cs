using System.Text;

namespace ClawDev.Core.Python.Parsing;

/// <summary>
/// flake8's reading of a noqa comment: <c>#\s*noqa</c> anywhere in the comment, case-insensitive, optionally
/// followed by ':' and a list of codes (<c>[A-Z]+[0-9]+</c>) separated by commas or whitespace. A colon without
/// valid codes is a bare noqa, as in flake8.
/// </summary>
internal static class NoqaCommentParser
{
    /// <returns>The codes (empty for a bare noqa), or null when the comment is not a noqa comment.</returns>
    public static IReadOnlyList<string>? Codes(ReadOnlySpan<char> comment)
    {
        // A hand-rolled ASCII search: culture-free ignore-case search is slow, and every comment passes here.
        var searchFrom = 0;
        while (true)
        {
            var n = comment[searchFrom..].IndexOfAny('n', 'N');
            if (n < 0)
            {
                return null;
            }
            var at = searchFrom + n;
            searchFrom = at + 1;
            if (at + 4 <= comment.Length && Ascii.EqualsIgnoreCase(comment.Slice(at, 4), "noqa") && FollowsHash(comment, at))
            {
                return ReadCodes(comment[(at + 4)..]);
            }
        }
    }

    private static bool FollowsHash(ReadOnlySpan<char> comment, int at)
    {
        var i = at - 1;
        while (i >= 0 && char.IsWhiteSpace(comment[i]))
        {
            i--;
        }
        return i >= 0 && comment[i] == '#';
    }

    private static IReadOnlyList<string> ReadCodes(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || rest[0] != ':')
        {
            return [];
        }
        var codes = new List<string>();
        var i = 1;
        while (true)
        {
            while (i < rest.Length && (rest[i] == ',' || char.IsWhiteSpace(rest[i])))
            {
                i++;
            }
            var start = i;
            while (i < rest.Length && char.IsAsciiLetter(rest[i]))
            {
                i++;
            }
            var letters = i - start;
            while (i < rest.Length && char.IsAsciiDigit(rest[i]))
            {
                i++;
            }
            if (letters == 0 || i - start == letters)
            {
                return codes;
            }
            codes.Add(rest[start..i].ToString().ToUpperInvariant());
        }
    }
}
