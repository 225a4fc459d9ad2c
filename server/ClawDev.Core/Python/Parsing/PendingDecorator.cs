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

    public TextSpan Span => new(at, end);

    public void AppendToName(ReadOnlySpan<char> tokenText) => _name.Append(tokenText);

    /// <summary>A comment on a line after this decorator's, met before the next '@' or the definition.</summary>
    public void AppendComment(Token comment)
    {
        if (!hasArguments)
        {
            _name.Append(comment.TextIn(text));
        }
    }

    public Decorator Build() => new(_name.ToString(), arguments, Span);
}
