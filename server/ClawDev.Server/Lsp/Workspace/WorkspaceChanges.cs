using System.Collections.Immutable;
using ClawDev.Core.Configuration;
using ClawDev.Core.Workspace;
using ClawDev.Server.Lsp.Diagnostics;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Indexing;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Workspace;

/// <summary>
/// Applies changes from outside the open documents — files on disk, settings, workspace folders — to the server
/// state, and re-analyses and re-indexes what they affect. Called only from state-changing handlers, so one at a time.
/// </summary>
internal sealed class WorkspaceChanges(ServerSession session, DiagnosticScheduler diagnostics, DiagnosticPublisher publisher, WorkspaceIndexer indexer, ServerLog log)
{
    public void OnDiskChange(IReadOnlyList<FileEvent> changes)
    {
        var reloaded = new HashSet<string>(StringComparer.Ordinal);
        var changed = new List<string>();
        var deleted = new List<string>();
        var openPaths = OpenPaths(session.Current);
        foreach (var change in changes)
        {
            if (DocumentUris.ToLocalPath(change.Uri) is not { } path)
            {
                continue;
            }
            if (ProjectRoot.IsConfigurationFile(path) && Path.GetDirectoryName(path) is { } directory)
            {
                reloaded.Add(directory);
            }
            else if (change.Type == FileChangeType.Deleted)
            {
                // A deleted directory arrives as one event for the directory.
                deleted.Add(path);
            }
            else if (PythonSourceFiles.IsPythonSource(Path.GetFileName(path.AsSpan())) && !openPaths.Contains(path))
            {
                changed.Add(path);
            }
        }
        if (deleted.Count > 0)
        {
            indexer.Delete(deleted);
        }
        if (changed.Count > 0)
        {
            indexer.Refresh(changed);
        }
        if (reloaded.Count == 0)
        {
            return;
        }
        // The index is incomplete from the same moment the configuration changes.
        var state = session.Update(state => state with
        {
            Roots = state.Roots.Select(root => reloaded.Contains(root.Directory) ? Reload(root) : root).ToImmutableArray(),
            Index = state.Index.WithFoldersToIndex(reloaded),
        });
        indexer.Index(state.Roots.Select(root => root.Directory).Where(reloaded.Contains));
        diagnostics.ScheduleAll(state);
    }

    public void ApplySettings(ClawDevSettings settings)
    {
        var previous = session.Current.Settings;
        var rulesChanged = !settings.Rules.Equals(previous.Rules);
        var state = session.Update(state => state with
        {
            Settings = settings,
            Roots = rulesChanged ? state.Roots.Select(root => root.WithOverrides(settings.Rules)).ToImmutableArray() : state.Roots,
            Index = rulesChanged ? state.Index.WithFoldersToIndex(state.Roots.Select(root => root.Directory)) : state.Index,
        });
        if (rulesChanged)
        {
            foreach (var problem in state.Roots.SelectMany(root => root.OverrideProblems).Distinct(StringComparer.Ordinal))
            {
                log.Warning(SettingsWording(problem));
            }
            indexer.IndexAll();
        }
        publisher.UseSettings(settings, state.Index.Analysed);
        diagnostics.ScheduleAll(state);
    }

    public void ChangeFolders(IReadOnlyList<WorkspaceFolder> added, IReadOnlyList<WorkspaceFolder> removed)
    {
        var removedUris = removed.Select(folder => folder.Uri).ToHashSet(StringComparer.Ordinal);
        var addedRoots = WorkspaceRoots.Open(added, session.Current.Settings.Rules, log);
        var removedDirectories = session.Current.Roots.Where(root => removedUris.Contains(root.Uri)).Select(root => root.Directory).ToList();
        var state = session.Update(state => state with
        {
            Roots = state.Roots.Where(root => !removedUris.Contains(root.Uri)).Concat(addedRoots).ToImmutableArray(),
        });
        indexer.Forget([.. removedDirectories.Where(directory => !state.Roots.Any(root => root.Directory == directory))]);
        if (addedRoots.Length > 0)
        {
            indexer.Index(addedRoots.Select(root => root.Directory));
        }
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

    private static HashSet<string> OpenPaths(ServerState state) =>
        state.Documents.Keys.Select(DocumentUris.ToLocalPath).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>The configuration words problems of the overrides for the command line, where they come from in <c>clawdev scan</c>.</summary>
    private static string SettingsWording(string problem) => problem
        .Replace("command line: --select", "setting clawdev.select:", StringComparison.Ordinal)
        .Replace("command line: --ignore", "setting clawdev.ignore:", StringComparison.Ordinal);
}
