using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>
/// Reads a decorator line the way pydocstyle 6.2.3's <c>parse_decorators</c> does: the name is the text of
/// every token before the first '(' concatenated (comments included), the arguments are what the parentheses hold.
/// </summary>
internal static class DecoratorReader
{
    /// <param name="line">A logical line starting with '@'.</param>
    /// <param name="comments">The comments of that line (those before the '@' are not looked at).</param>
    public static PendingDecorator Read(string text, ReadOnlySpan<Token> line, ReadOnlySpan<Token> comments)
    {
        var open = 1;
        while (open < line.Length && line[open].Tag != TokenTag.LeftParenthesis)
        {
            open++;
        }
        var hasArguments = open < line.Length;
        string? arguments = null;
        if (hasArguments)
        {
            var close = TokenRanges.MatchingClose(line, open);
            arguments = SourceText.Normalize(text, line[(open + 1)..Math.Min(close, line.Length)]);
        }
        var decorator = new PendingDecorator(text, line[0].Start, line[^1].End, arguments, hasArguments);
        var nameEnd = hasArguments ? line[open].Start : int.MaxValue;
        var c = 0;
        for (var i = 1; i < open; i++)
        {
            for (; c < comments.Length && comments[c].Start < line[i].Start; c++)
            {
                AppendIfBeforeArguments(text, decorator, comments[c], line[0].Start, nameEnd);
            }
            decorator.AppendToName(line[i].TextIn(text));
        }
        for (; c < comments.Length; c++)
        {
            AppendIfBeforeArguments(text, decorator, comments[c], line[0].Start, nameEnd);
        }
        return decorator;
    }

    private static void AppendIfBeforeArguments(string text, PendingDecorator decorator, Token comment, int at, int nameEnd)
    {
        if (comment.Start > at && comment.Start < nameEnd)
        {
            decorator.AppendToName(comment.TextIn(text));
        }
    }
}
