namespace ClawDev.Core.Docstrings;

/// <summary>
/// How a NumPy (numpydoc) section header is recognised: a title over a line of dashes, or of equals signs as
/// numpydoc also accepts (sympy writes "Parameters\n==========").
/// </summary>
internal static class NumPySyntax
{
    private const int MinimumUnderline = 3;

    /// <summary>Any title over an underline; unknown titles still make a (<see cref="SectionKind.Other"/>) section.</summary>
    public static bool IsHeader(DocLines lines, int index) =>
        index + 1 < lines.Count
        && !lines[index].IsBlank
        && !IsUnderline(lines, index)
        && IsUnderline(lines, index + 1);

    public static SectionKind KindOf(DocLines lines, int index)
    {
        ref readonly var line = ref lines[index];
        SectionNames.TryNumPy(lines.Source.Text.AsSpan(line.TextStart, line.TextEnd - line.TextStart), out var kind);
        return kind;
    }

    public static bool IsUnderline(DocLines lines, int index)
    {
        ref readonly var line = ref lines[index];
        if (line.TextEnd - line.TextStart < MinimumUnderline)
        {
            return false;
        }
        var text = lines.Source.Text.AsSpan(line.TextStart, line.TextEnd - line.TextStart);
        return text[0] is '-' or '=' && !text.ContainsAnyExcept(text[0]);
    }
}
