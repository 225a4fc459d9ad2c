using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>
/// pydocstyle 6.2.3's <c>parse_skip_comment</c>: of the comments it is shown, the first that yields something
/// decides. A comment containing <c>"noqa: "</c> (exactly, case-sensitive) yields everything after it;
/// otherwise one starting with <c>"# noqa"</c> yields "all". The text is kept as is (trailing whitespace
/// included), because pydocstyle tests codes with a substring check against it.
/// </summary>
internal static class PydocstyleSkip
{
    public static string FirstOf(string text, ReadOnlySpan<Token> comments, int from = 0, int to = int.MaxValue)
    {
        foreach (var comment in comments)
        {
            if (comment.Start < from || comment.Start >= to)
            {
                continue;
            }
            var skip = Of(comment.TextIn(text));
            if (skip.Length > 0)
            {
                return skip;
            }
        }
        return "";
    }

    private static string Of(ReadOnlySpan<char> comment)
    {
        const string Marker = "noqa: ";
        var at = comment.IndexOf(Marker, StringComparison.Ordinal);
        if (at >= 0)
        {
            // ''.join(comment.split('noqa: ')[1:]): the rest, with any further markers removed.
            return comment[(at + Marker.Length)..].ToString().Replace(Marker, "", StringComparison.Ordinal);
        }
        return comment.StartsWith("# noqa", StringComparison.Ordinal) ? "all" : "";
    }
}
