namespace ClawDev.Core.Workspace;

/// <summary>The Python files of a directory tree, as some lister found them.</summary>
/// <param name="RelativePaths">Relative to the listed root, '/' separators, in no particular order.</param>
/// <param name="Method">How the files were listed, for the user ("git ls-files", "directory walk").</param>
/// <param name="Notes">What the user should know about the listing (directories that could not be read...).</param>
public sealed record FileListing(IReadOnlyList<string> RelativePaths, string Method, IReadOnlyList<ScanNote> Notes);

/// <summary>Lists the Python files under a root directory that the repository does not ignore.</summary>
public interface ISourceFileLister
{
    /// <exception cref="IOException">The root directory cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The root directory cannot be read.</exception>
    FileListing ListPythonFiles(string rootDirectory, CancellationToken cancellationToken);
}
