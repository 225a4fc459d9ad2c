namespace ClawDev.Core.Workspace;

/// <summary>Which files ClawDev analyses: Python sources by their extension, as pydocstyle and interrogate pick them.</summary>
public static class PythonSourceFiles
{
    public const string Extension = ".py";

    public static bool IsPythonSource(ReadOnlySpan<char> fileName) =>
        fileName.Length > Extension.Length && fileName.EndsWith(Extension, StringComparison.Ordinal);
}
