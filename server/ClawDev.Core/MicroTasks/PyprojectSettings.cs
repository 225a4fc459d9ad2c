using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace ClawDev.Core.MicroTasks;

/// <summary>The pyproject.toml settings that point at micro-tasks, with the line of each value.</summary>
/// <param name="PydoclintBaseline">[tool.pydoclint] baseline, or null.</param>
/// <param name="NumpydocExcludes">[tool.numpydoc_validation] exclude: each pattern and its 1-based line.</param>
internal sealed record PyprojectSettings(string? PydoclintBaseline, IReadOnlyList<(string Pattern, int Line)> NumpydocExcludes)
{
    public static readonly PyprojectSettings Empty = new(null, []);

    /// <summary>Reads the settings; a file that is not valid TOML gives <see cref="Empty"/> and a note.</summary>
    public static PyprojectSettings Read(string text, List<string> notes)
    {
        var document = SyntaxParser.Parse(text, "pyproject.toml");
        if (document.HasErrors)
        {
            notes.Add($"pyproject.toml: not valid TOML ({document.Diagnostics.First()}); its settings are ignored");
            return Empty;
        }
        string? baseline = null;
        var excludes = new List<(string, int)>();
        foreach (var table in document.Tables)
        {
            var tableName = table.Name?.ToString().Trim();
            foreach (var item in table.Items)
            {
                var key = item.Key?.ToString().Trim();
                if (tableName == "tool.pydoclint" && key == "baseline" && item.Value is StringValueSyntax { Value: { } path })
                {
                    baseline = path;
                }
                else if (tableName == "tool.numpydoc_validation" && key == "exclude" && item.Value is ArraySyntax array)
                {
                    excludes.AddRange(array.Items
                        .Select(entry => entry.Value)
                        .OfType<StringValueSyntax>()
                        .Where(s => s.Value is not null)
                        .Select(s => (s.Value!, s.Span.Start.Line + 1)));
                }
            }
        }
        return new PyprojectSettings(baseline, excludes);
    }
}
