using System.Collections.Immutable;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Workspace;

/// <summary>Turns the client's workspace folders into <see cref="WorkspaceRoot"/>s; folders that are not local directories are skipped with a note.</summary>
internal static class WorkspaceRoots
{
    public static ImmutableArray<WorkspaceRoot> Open(IEnumerable<WorkspaceFolder> folders, RuleOverrides overrides, ServerLog log)
    {
        var roots = ImmutableArray.CreateBuilder<WorkspaceRoot>();
        foreach (var folder in folders)
        {
            if (DocumentUris.ToLocalPath(folder.Uri) is not { } directory)
            {
                log.Warning($"workspace folder {folder.Uri} is not a local directory; it is not analysed");
                continue;
            }
            var root = WorkspaceRoot.Open(folder.Uri, folder.Name, directory, overrides);
            log.Info($"workspace folder {root.Directory}");
            if (root.ConfigurationProblem is { } problem)
            {
                log.Warning(problem);
            }
            roots.Add(root);
        }
        return roots.ToImmutable();
    }

    /// <summary>The innermost root containing <paramref name="fullPath"/>, or null.</summary>
    public static WorkspaceRoot? Containing(ImmutableArray<WorkspaceRoot> roots, string fullPath)
    {
        WorkspaceRoot? best = null;
        foreach (var root in roots)
        {
            if (root.RelativePathOf(fullPath) is not null && (best is null || root.Directory.Length > best.Directory.Length))
            {
                best = root;
            }
        }
        return best;
    }
}
