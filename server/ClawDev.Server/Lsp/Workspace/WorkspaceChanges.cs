using System.Collections.Immutable;
using ClawDev.Server.Lsp.Diagnostics;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Workspace;

/// <summary>
/// Applies changes from outside the open documents — files on disk, settings, workspace folders — to the server
/// state, and re-analyses what they affect. Called only from state-changing handlers, so one at a time.
/// </summary>
internal sealed class WorkspaceChanges(ServerSession session, DiagnosticScheduler diagnostics, ServerLog log)
{
    public void OnDiskChange(IReadOnlyList<FileEvent> changes)
    {
        var reloaded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (DocumentUris.ToLocalPath(change.Uri) is { } path && ConfigurationFiles.IsConfigurationFile(path)
                && Path.GetDirectoryName(path) is { } directory)
            {
                reloaded.Add(directory);
            }
        }
        if (reloaded.Count == 0)
        {
            return;
        }
        var state = session.Update(state => state with
        {
            Roots = state.Roots.Select(root => reloaded.Contains(root.Directory) ? Reload(root) : root).ToImmutableArray(),
        });
        diagnostics.ScheduleAll(state);
    }

    public void ApplySettings(ClawDevSettings settings)
    {
        var state = session.Update(state => state with { Settings = settings });
        diagnostics.ScheduleAll(state);
    }

    public void ChangeFolders(IReadOnlyList<WorkspaceFolder> added, IReadOnlyList<WorkspaceFolder> removed)
    {
        var removedUris = removed.Select(folder => folder.Uri).ToHashSet(StringComparer.Ordinal);
        var addedRoots = WorkspaceRoots.Open(added, log);
        var state = session.Update(state => state with
        {
            Roots = state.Roots.Where(root => !removedUris.Contains(root.Uri)).Concat(addedRoots).ToImmutableArray(),
        });
        diagnostics.ScheduleAll(state);
    }

    private WorkspaceRoot Reload(WorkspaceRoot root)
    {
        log.Info($"reloading the configuration of {root.Directory}");
        var reloaded = root.Reload();
        if (reloaded.ConfigurationProblem is { } problem)
        {
            log.Warning(problem);
        }
        return reloaded;
    }
}
