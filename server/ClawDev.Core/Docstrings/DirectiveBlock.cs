namespace ClawDev.Core.Docstrings;

/// <summary>
/// A reST directive in docstring text (".. versionadded:: 1.0", ".. deprecated:: 19.2.0 *cmp* …", ".. note::"): its
/// line, and the lines below indented deeper than it (blank lines included), which are its content.
/// </summary>
internal static class DirectiveBlock
{
    /// <summary>Whether the line's text (after its indentation) opens a directive.</summary>
    public static bool Opens(ReadOnlySpan<char> line) => line.TrimStart().StartsWith(".. ", StringComparison.Ordinal);

    /// <summary>Whether a line below a directive whose line is indented by <paramref name="directiveIndent"/> is still
    /// part of it.</summary>
    public static bool Continues(ReadOnlySpan<char> line, int directiveIndent) =>
        line.Trim().Length == 0 || Indent(line) > directiveIndent;

    public static int Indent(ReadOnlySpan<char> line) => line.Length - line.TrimStart().Length;
}
