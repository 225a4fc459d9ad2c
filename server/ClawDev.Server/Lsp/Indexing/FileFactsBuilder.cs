using ClawDev.Core.Analysis;
using ClawDev.Core.Python;
using ClawDev.Server.Lsp.Analysis;
using ClawDev.Server.Lsp.Documents;

namespace ClawDev.Server.Lsp.Indexing;

/// <summary>Reduces a file's analysis to the <see cref="FileFacts"/> the index keeps.</summary>
internal static class FileFactsBuilder
{
    private static readonly TextRange FileStart = default;

    /// <param name="findings">The analysis' findings, already located in <paramref name="text"/>.</param>
    public static FileFacts Build(FileAnalysis analysis, IReadOnlyList<LocatedFinding> findings, TextDocument text, PositionEncoding encoding)
    {
        var coverage = analysis.Coverage;
        return new FileFacts(
            analysis.ModuleName,
            coverage.Total,
            coverage.Documented,
            coverage.ExcludedBecause,
            LocateMissing(analysis, text, encoding),
            findings,
            analysis.Outline);
    }

    /// <summary>
    /// Coverage names the undocumented definitions by qualified name, the module first and then in source order,
    /// so one walk over the undocumented definitions in that order finds each one's name. The module is shown at
    /// the start of the file.
    /// </summary>
    private static List<MissingSymbol> LocateMissing(FileAnalysis analysis, TextDocument text, PositionEncoding encoding)
    {
        var missing = analysis.Coverage.Missing;
        var located = new List<MissingSymbol>(missing.Count);
        var module = analysis.Module;
        var undocumented = module.AllDefinitions().Where(definition => !CoverageCounter.IsCovered(definition.Docstring)).ToList();
        var moduleName = analysis.ModuleName;
        var next = 0;
        if (ListsTheModule(missing, moduleName, module, undocumented))
        {
            located.Add(new MissingSymbol(moduleName, FileStart));
            next = 1;
        }
        foreach (var definition in undocumented)
        {
            if (next < missing.Count && definition.QualifiedName == missing[next])
            {
                located.Add(new MissingSymbol(missing[next++], encoding.ToTextRange(text, definition.NameSpan.Start, definition.NameSpan.End)));
            }
        }
        // Only reachable if coverage and the outline ever disagreed: the symbol is still worth listing.
        while (next < missing.Count)
        {
            located.Add(new MissingSymbol(missing[next++], FileStart));
        }
        return located;
    }

    /// <summary>
    /// Whether the first name is the module's: it is undocumented, and the undocumented definitions named like it
    /// (a class Trainer in Trainer.py) do not account for every listing of that name.
    /// </summary>
    private static bool ListsTheModule(IReadOnlyList<string> missing, string moduleName, PythonModule module, List<Definition> undocumented)
    {
        if (missing.Count == 0 || missing[0] != moduleName || CoverageCounter.IsCovered(module.Docstring))
        {
            return false;
        }
        var listed = missing.Count(name => name == moduleName);
        var namesakes = undocumented.Count(definition => definition.QualifiedName == moduleName);
        return listed > namesakes;
    }
}
