using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Editing;

/// <summary>Re-reads a docstring as the edits would leave it, before they are handed out.</summary>
internal static class EditedDocstring
{
    /// <summary>
    /// The first of <paramref name="documented"/> that the edited docstring still does not describe, or null. A
    /// layout the parser reads differently (fields on the summary line swallow the fields below them) would
    /// otherwise get the same entries added on every run.
    /// </summary>
    public static string? FirstUndescribed(DocstringLiteral literal, IReadOnlyList<TextEdit> edits, IReadOnlyList<string> documented, DocstringStyle style)
    {
        if (documented.Count == 0)
        {
            return null;
        }
        var content = literal.ContentAfter(edits);
        var described = new HashSet<string>(StringComparer.Ordinal);
        if (style == DocstringStyle.Plain)
        {
            foreach (var unit in Pep257List.Find(content, new TextSpan(0, content.Length), "")?.Units ?? [])
            {
                described.UnionWith(unit.Names);
            }
        }
        else
        {
            foreach (var parameter in DocstringParser.Parse(content, 0, style).DocumentedParameters)
            {
                if (parameter.Entry.Description.Length > 0)
                {
                    described.Add(parameter.Name);
                }
            }
        }
        return documented.FirstOrDefault(name => !described.Contains(name));
    }
}
