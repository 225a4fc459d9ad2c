using System.Collections.Immutable;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Diagnostics;

/// <summary>Where a document sits for the rules: its folder and its path inside it (which decides module names and publicity).</summary>
internal sealed record AnalysisTarget(WorkspaceRoot Root, string RelativePath)
{
    /// <summary>
    /// The target of <paramref name="uri"/>: inside the innermost workspace folder that holds it; a file outside
    /// every folder is judged by the configuration of its own directory. Null for a document that is not a file.
    /// </summary>
    public static AnalysisTarget? Locate(string uri, ImmutableArray<WorkspaceRoot> roots)
    {
        if (DocumentUris.ToLocalPath(uri) is not { } path)
        {
            return null;
        }
        if (WorkspaceRoots.Containing(roots, path) is { } root && root.RelativePathOf(path) is { } relative)
        {
            return new AnalysisTarget(root, relative);
        }
        var directory = Path.GetDirectoryName(path) ?? path;
        return new AnalysisTarget(WorkspaceRoot.Open(DocumentUris.FromLocalPath(directory), Path.GetFileName(directory), directory), Path.GetFileName(path));
    }
}
