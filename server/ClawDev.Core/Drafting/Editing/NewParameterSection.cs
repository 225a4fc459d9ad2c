using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting.Writing;

namespace ClawDev.Core.Drafting.Editing;

/// <summary>
/// Where a parameter section goes in a docstring that has none: before its first section (Returns, Raises,
/// Examples, Attributes... all follow the parameters in Google, NumPy and Sphinx order), else after its last text.
/// </summary>
internal static class NewParameterSection
{
    /// <returns>The insertion offset and the section's text (unencoded).</returns>
    public static (int Offset, string Text) Place(ParsedDocstring parsed, IReadOnlyList<ParameterDoc> parameters, StyleLayout layout, string indentation)
    {
        var lines = new DocText();
        layout.Writer.ParameterSection(lines, parameters);
        var lineBreak = layout.LineBreak;
        if (parsed.Sections.FirstOrDefault(static s => s.Kind != SectionKind.Prose) is { } next)
        {
            var gap = layout.Writer.BlankLineBetweenSections ? lineBreak + lineBreak : lineBreak;
            var section = (IndentLevels.From(next.Indentation, layout.Unit) with { Fill = layout.Fill }).Render(lines.Lines, lineBreak, indentFirst: false);
            return (next.Span.Start, section + gap + next.Indentation);
        }
        var appended = (IndentLevels.From(indentation, layout.Unit) with { Fill = layout.Fill }).Render(lines.Lines, lineBreak, indentFirst: true);
        return (parsed.TextEnd, lineBreak + lineBreak + appended);
    }
}
