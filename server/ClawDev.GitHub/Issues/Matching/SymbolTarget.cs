using ClawDev.GitHub.Issues.Ranking;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Issues.Matching;

/// <summary>A symbol to look for upstream: where it lives and its name within its module.</summary>
/// <param name="FilePath">Repository-relative, '/'-separated.</param>
/// <param name="QualifiedName">Within the module: "Trainer.train".</param>
public sealed record SymbolTarget(RepositoryId Repository, string FilePath, string QualifiedName)
{
    /// <summary>The symbol alone as the user's code context, for the mention finder.</summary>
    internal CodeContext Context => CodeContext.ForFile(FilePath, [QualifiedName], []);

    /// <summary>The last part of the qualified name: "train".</summary>
    public string BareName => QualifiedName[(QualifiedName.LastIndexOf('.') + 1)..];

    /// <summary>The file name: "trainer.py".</summary>
    public string FileName => FilePath[(FilePath.LastIndexOf('/') + 1)..];
}
