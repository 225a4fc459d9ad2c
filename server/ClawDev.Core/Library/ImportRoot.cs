namespace ClawDev.Core.Library;

/// <summary>One top-level importable package (or single-file module) of the library.</summary>
/// <param name="Path">Relative to the repository root, '/' separators: a directory ("src/huggingface_hub") or, for a
/// single-file module, the file ("six.py").</param>
/// <param name="Name">The name it is imported as ("huggingface_hub", "six").</param>
public sealed record ImportRoot(string Path, string Name)
{
    // Known once: asked whenever a file is matched against the root, several times for every file of a scan.
    public bool IsModuleFile { get; } = Path.EndsWith(".py", StringComparison.Ordinal) || Path.EndsWith(".pyi", StringComparison.Ordinal);
}
