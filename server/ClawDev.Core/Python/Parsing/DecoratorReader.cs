using System.Text;
using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>
/// A decorator as pydocstyle 6.2.3's <c>parse_decorators</c> names it: the text of every token before the
/// first '(' concatenated, and that includes the comments met before the next '@' or the definition
/// (<c>@property  # cached</c> is named "property# cached" there, and so here).
/// </summary>
internal sealed class PendingDecorator(string text, int at, int end, string? arguments, bool hasArguments)
{
    private readonly StringBuilder _name = new();

    public void AppendToName(ReadOnlySpan<char> tokenText) => _name.Append(tokenText);

    /// <summary>A comment on a line after this decorator's, met before the next '@' or the definition.</summary>
    public void AppendComment(Token comment)
    {
        if (!hasArguments)
        {
            _name.Append(comment.TextIn(text));
        }
    }

    public Decorator Build() => new(_name.ToString(), arguments, new TextSpan(at, end));
}

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
