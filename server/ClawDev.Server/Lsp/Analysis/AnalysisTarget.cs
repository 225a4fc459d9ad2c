using System.Collections.Immutable;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Analysis;

/// <summary>Where a document sits for the rules: its folder and its path inside it (which decides module names and publicity).</summary>
/// <param name="Path">The document's full local path.</param>
/// <param name="IsInWorkspace">True when <paramref name="Root"/> is a workspace folder (not the directory of a file opened from elsewhere).</param>
internal sealed record AnalysisTarget(WorkspaceRoot Root, string RelativePath, string Path, bool IsInWorkspace)
{
    /// <summary>
    /// The target of <paramref name="uri"/>: inside the innermost workspace folder that holds it; a file outside
    /// every folder is judged by the configuration of its own directory. Null for a document that is not a file.
    /// </summary>
    public static AnalysisTarget? Locate(string uri, ImmutableArray<WorkspaceRoot> roots, RuleOverrides overrides)
    {
        if (DocumentUris.ToLocalPath(uri) is not { } path)
        {
            return null;
        }
        if (WorkspaceRoots.Containing(roots, path) is { } root && root.RelativePathOf(path) is { } relative)
        {
            return new AnalysisTarget(root, relative, path, IsInWorkspace: true);
        }
        var directory = System.IO.Path.GetDirectoryName(path) ?? path;
        var ownDirectory = WorkspaceRoot.Open(DocumentUris.FromLocalPath(directory), System.IO.Path.GetFileName(directory), directory, overrides);
        return new AnalysisTarget(ownDirectory, System.IO.Path.GetFileName(path), path, IsInWorkspace: false);
    }
}
