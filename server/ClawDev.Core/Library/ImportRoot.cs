namespace ClawDev.Core.Library;

/// <summary>One top-level importable package (or single-file module) of the library.</summary>
/// <param name="Path">Relative to the repository root, '/' separators: a directory ("src/huggingface_hub") or, for a
/// single-file module, the file ("six.py"); empty when the opened folder is itself the package (it holds the
/// __init__.py: a package folder opened on its own, such as src/transformers or an installed package).</param>
/// <param name="Name">The name it is imported as ("huggingface_hub", "six").</param>
public sealed record ImportRoot(string Path, string Name)
{
    // Known once: asked whenever a file is matched against the root, several times for every file of a scan.
    public bool IsModuleFile { get; } = Path.EndsWith(".py", StringComparison.Ordinal) || Path.EndsWith(".pyi", StringComparison.Ordinal);

    /// <summary>The opened folder is the package: every file under it belongs to it.</summary>
    public bool IsWholeFolder => Path.Length == 0;

    /// <summary>The path of a file of this package below the package's folder ("src/pkg/a/b.py" → "a/b.py").</summary>
    public string Inside(string relativePath) => IsWholeFolder ? relativePath : relativePath[(Path.Length + 1)..];
}
