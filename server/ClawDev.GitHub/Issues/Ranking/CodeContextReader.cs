using ClawDev.Core.Python;

namespace ClawDev.GitHub.Issues.Ranking;

/// <summary>The code context of a parsed file: the definitions around the cursor (innermost first) and the rest of the file's.</summary>
public static class CodeContextReader
{
    /// <param name="filePath">Repository-relative, '/'-separated.</param>
    /// <param name="cursorOffset">The cursor in the module's text; null when there is none.</param>
    /// <param name="namedSymbol">A symbol the user named (a command-line option); it counts as near the cursor.</param>
    public static CodeContext Read(string filePath, PythonModule module, int? cursorOffset, string? namedSymbol = null)
    {
        var all = module.AllDefinitions().ToList();
        var near = new List<string>();
        if (namedSymbol is { Length: > 0 })
        {
            near.Add(namedSymbol);
        }
        if (cursorOffset is { } offset)
        {
            near.AddRange(all
                .Where(definition => offset >= definition.Span.Start && offset <= definition.Span.End)
                .OrderByDescending(definition => definition.Span.Start)
                .Select(definition => definition.QualifiedName));
        }
        var nearSet = near.ToHashSet(StringComparer.Ordinal);
        var inFile = all.Select(definition => definition.QualifiedName).Where(name => !nearSet.Contains(name)).Distinct(StringComparer.Ordinal).ToList();
        return CodeContext.ForFile(filePath, near.Distinct(StringComparer.Ordinal).ToList(), inFile);
    }
}
