using ClawDev.Core.Configuration;
using ClawDev.Server.Lsp.Analysis;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Indexing;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Diagnostics;

/// <summary>
/// The one sender of <c>textDocument/publishDiagnostics</c>. An open document's diagnostics come from its text; a
/// file that is not open shows its disk diagnostics from the index (with <c>clawdev.workspaceDiagnostics</c>), once
/// its folder is indexed to the end (what the whole folder says decides which findings it reports), and never while
/// the client has it open. Publishes leave in the order they are decided here.
/// </summary>
internal sealed class DiagnosticPublisher(LanguageClient client, ServerSession session, ResolvedFindings resolved)
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _openPaths = new(StringComparer.Ordinal);

    /// <summary>Files showing disk diagnostics: path → the index entry they came from.</summary>
    private readonly Dictionary<string, IndexedFile> _workspaceFiles = new(StringComparer.Ordinal);

    private ClawDevSettings _settings = ClawDevSettings.Default;

    /// <summary>
    /// Applies new settings to the disk diagnostics: all of <paramref name="files"/> are shown when
    /// <c>clawdev.workspaceDiagnostics</c> was turned on or severities changed, all are cleared when it was turned off.
    /// </summary>
    public void UseSettings(ClawDevSettings settings, IEnumerable<IndexedFile> files)
    {
        lock (_lock)
        {
            var previous = _settings;
            _settings = settings;
            if (!settings.WorkspaceDiagnostics)
            {
                ClearAllFiles();
            }
            else if (!previous.WorkspaceDiagnostics || !settings.HasSameSeveritiesAs(previous))
            {
                Publish(files, again: true);
            }
        }
    }

    /// <summary>From now on the document's own diagnostics are the ones to show.</summary>
    public void Opened(string uri)
    {
        lock (_lock)
        {
            if (DocumentUris.ToLocalPath(uri) is not { } path)
            {
                return;
            }
            _openPaths.Add(path);
            // The same file under another spelling of its URI would otherwise keep its disk diagnostics too.
            if (_workspaceFiles.Remove(path, out var shown) && shown.Uri != uri)
            {
                Send(shown.Uri, null, []);
            }
        }
    }

    /// <returns>Completes once the notification has been written.</returns>
    public Task PublishOpen(string uri, int version, IReadOnlyList<Diagnostic> diagnostics)
    {
        lock (_lock)
        {
            return Send(uri, version, diagnostics);
        }
    }

    /// <summary>Clears the closed document's diagnostics; the file's disk diagnostics may follow.</summary>
    public void Closed(string uri)
    {
        lock (_lock)
        {
            if (DocumentUris.ToLocalPath(uri) is { } path)
            {
                _openPaths.Remove(path);
            }
            Send(uri, null, []);
        }
    }

    /// <summary>
    /// Shows the disk diagnostics of files that are not open, when <c>clawdev.workspaceDiagnostics</c> is on. Only
    /// what changed is sent: an entry already shown is not sent again, and an empty list only where some were shown.
    /// </summary>
    public void PublishFiles(IEnumerable<IndexedFile> files)
    {
        lock (_lock)
        {
            Publish(files, again: false);
        }
    }

    /// <param name="again">Send entries already shown as well (their severities changed).</param>
    private void Publish(IEnumerable<IndexedFile> files, bool again)
    {
        if (!_settings.WorkspaceDiagnostics)
        {
            return;
        }
        var state = session.Current;
        foreach (var file in files)
        {
            if (_openPaths.Contains(file.Path) || !state.Index.IndexedFolders.Contains(file.RootDirectory))
            {
                continue;
            }
            var shown = _workspaceFiles.GetValueOrDefault(file.Path);
            var findings = resolved.Of(file, state) ?? [];
            if ((!again && ReferenceEquals(shown, file)) || (findings.Count == 0 && shown is null))
            {
                continue;
            }
            if (findings.Count == 0)
            {
                _workspaceFiles.Remove(file.Path);
            }
            else
            {
                _workspaceFiles[file.Path] = file;
            }
            var profile = ResolvedFindings.RootOf(file, state)?.Profile ?? AnalysisProfile.Pydocstyle;
            Send(file.Uri, null, DiagnosticFactory.Create(findings, null, _settings, profile));
        }
    }

    /// <summary>Clears the disk diagnostics of the files at <paramref name="paths"/>.</summary>
    public void ClearFiles(IEnumerable<string> paths)
    {
        lock (_lock)
        {
            foreach (var path in paths)
            {
                if (_workspaceFiles.Remove(path, out var shown))
                {
                    Send(shown.Uri, null, []);
                }
            }
        }
    }

    private void ClearAllFiles()
    {
        foreach (var shown in _workspaceFiles.Values)
        {
            Send(shown.Uri, null, []);
        }
        _workspaceFiles.Clear();
    }

    private Task Send(string uri, int? version, IReadOnlyList<Diagnostic> diagnostics) =>
        client.Notify(Methods.TextDocumentPublishDiagnostics, new PublishDiagnosticsParams(uri, version, diagnostics));
}
