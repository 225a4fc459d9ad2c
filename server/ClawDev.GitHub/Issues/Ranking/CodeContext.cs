using ClawDev.Core.Rules;

namespace ClawDev.GitHub.Issues.Ranking;

/// <summary>Where the user is: the open file, its module, and the symbols near the cursor and in the file.</summary>
/// <param name="FilePath">Repository-relative, '/'-separated: "src/transformers/trainer.py".</param>
/// <param name="ModuleName">The importable dotted name: "transformers.trainer" (no "src." prefix).</param>
/// <param name="SymbolsNearCursor">Qualified names within the module ("Trainer.train"), nearest first; they weigh more.</param>
/// <param name="SymbolsInFile">The file's other qualified names.</param>
public sealed record CodeContext(
    string FilePath,
    string ModuleName,
    IReadOnlyList<string> SymbolsNearCursor,
    IReadOnlyList<string> SymbolsInFile)
{
    /// <summary>No file is open (a search for the whole workspace): issues rank by freshness alone.</summary>
    public static CodeContext NoFile { get; } = new("", "", [], []);

    /// <summary>A context whose module name comes from the path, without a leading "src/" (the src layout).</summary>
    public static CodeContext ForFile(string filePath, IReadOnlyList<string> symbolsNearCursor, IReadOnlyList<string> symbolsInFile)
    {
        var path = filePath.Replace('\\', '/');
        var importable = path.StartsWith("src/", StringComparison.Ordinal) ? path["src/".Length..] : path;
        return new CodeContext(path, ModulePath.DottedName(importable), symbolsNearCursor, symbolsInFile);
    }
}
