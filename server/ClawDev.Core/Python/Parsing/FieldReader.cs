using ClawDev.Core.Python.Tokens;

namespace ClawDev.Core.Python.Parsing;

/// <summary>
/// Reads a class-body annotated assignment as the dataclass field it declares: <c>name: type [= default]</c>. Not
/// fields of __init__: <c>ClassVar</c> annotations, <c>InitVar</c> stays (it is a parameter), and
/// <c>field(init=False)</c>.
/// </summary>
internal static class FieldReader
{
    /// <param name="line">A logical line of a class body starting with NAME ':'.</param>
    public static Parameter? Read(string text, ReadOnlySpan<Token> line)
    {
        var equal = TokenRanges.FindOutsideBrackets(line, 2, line.Length, TokenTag.Equal);
        var annotationEnd = equal < 0 ? line.Length : equal;
        if (annotationEnd <= 2)
        {
            return null;
        }
        var annotation = SourceText.Normalize(text, line[2..annotationEnd]);
        if (annotation.StartsWith("ClassVar", StringComparison.Ordinal) || annotation.Contains(".ClassVar", StringComparison.Ordinal))
        {
            return null;
        }
        if (equal >= 0 && SaysInitFalse(text, line[(equal + 1)..]))
        {
            return null;
        }
        var defaultValue = equal < 0 ? null : SourceText.Normalize(text, line[(equal + 1)..]);
        return new Parameter(line[0].TextIn(text).ToString(), ParameterKind.PositionalOrKeyword, annotation, defaultValue, line[0].Span);
    }

    /// <summary>Whether the default passes <c>init=False</c> (<c>field(default=0, init=False)</c>): no parameter.</summary>
    private static bool SaysInitFalse(string text, ReadOnlySpan<Token> value)
    {
        for (var i = 0; i + 2 < value.Length; i++)
        {
            if (value[i + 1].Tag == TokenTag.Equal && value[i + 2].Tag == TokenTag.False && value[i].TextIn(text) is "init")
            {
                return true;
            }
        }
        return false;
    }
}
