using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Workspace;
using ClawDev.Server.Lsp.Diagnostics;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Indexing;

/// <summary>
/// Keeps the workspace index up to date: indexes whole folders in the background (with cancellable work-done
/// progress), re-reads files that change on disk, and records what the analysis of open documents found. Entries
/// land in the server state in small batches; stale readings lose to newer ones by their stamps (see
/// <see cref="WorkspaceIndex.With(IEnumerable{IndexedFile}, bool)"/>).
/// </summary>
internal sealed class WorkspaceIndexer(
    ServerSession session,
    LanguageClient client,
    DiagnosticPublisher publisher,
    WorkspaceDescriptions descriptions,
    WorkspaceFacts facts,
    ISourceFileLister lister,
    ServerLifetime lifetime,
    ServerLog log)
{
    public const string ProgressTokenPrefix = "clawdev/indexing/";

    /// <summary>How often finished files are moved into the server state and progress is reported.</summary>
    private static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(100);

    private const int MaxListingNotesLogged = 20;

    private readonly Lock _lock = new();
    private IndexingRun? _current;
    private int _runCount;

    /// <summary>Indexes every workspace folder in the background.</summary>
    public void IndexAll() => Index(session.Current.Roots.Select(root => root.Directory));

    /// <summary>
    /// Indexes the folders at <paramref name="directories"/> in the background. An indexing still running is
    /// stopped, and its folders are indexed again by the new one.
    /// </summary>
    public void Index(IEnumerable<string> directories)
    {
        IndexingRun run;
        lock (_lock)
        {
            var wanted = new HashSet<string>(directories, StringComparer.Ordinal);
            if (_current is { IsFinished: false } running)
            {
                wanted.UnionWith(running.Directories);
                running.Cancel(byUser: false);
            }
            run = new IndexingRun(ProgressTokenPrefix + (++_runCount).ToString(CultureInfo.InvariantCulture), wanted, CancellationTokenSource.CreateLinkedTokenSource(lifetime.ShutdownToken));
            _current = run;
        }
        session.Update(state => state with { Index = state.Index.WithFoldersToIndex(run.Directories) });
        _ = Task.Run(() => RunAsync(run));
    }

    /// <summary>The client cancelled the progress with <paramref name="progressToken"/>.</summary>
    /// <returns>False when that is not the running indexing (it may just have finished).</returns>
    public bool Cancel(string progressToken)
    {
        lock (_lock)
        {
            if (_current is not { IsFinished: false } run || run.ProgressToken != progressToken)
            {
                return false;
            }
            run.Cancel(byUser: true);
            return true;
        }
    }

    /// <summary>Drops the files of folders that are no longer part of the workspace.</summary>
    public void Forget(IReadOnlyList<string> directories)
    {
        var removed = directories.SelectMany(directory => session.Current.Index.Under(directory)).Select(file => file.Path).ToList();
        session.Update(state => state with { Index = directories.Aggregate(state.Index, (index, directory) => index.WithoutFilesUnder(directory)) });
        foreach (var directory in directories)
        {
            descriptions.Forget(directory);
            facts.Forget(directory);
        }
        publisher.ClearFiles(removed);
        RefreshCoverage();
    }

    /// <summary>Re-reads files from disk in the background: they changed, or the document the client had open was closed.</summary>
    /// <param name="documentClosed">True when the file's open document was closed: the disk replaces what the editor had.</param>
    public void Refresh(IReadOnlyList<string> paths, bool documentClosed = false) =>
        _ = Task.Run(() => RefreshNow(paths, documentClosed));

    /// <summary>Records that files (or whole directories) were deleted.</summary>
    public void Delete(IReadOnlyList<string> paths)
    {
        var state = session.Current;
        var deleted = new Dictionary<string, IndexedFile>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var file in state.Index.Under(path))
            {
                deleted[file.Path] = IndexedFile.Deleted(file.Path, file.Uri, file.RootDirectory, file.RelativePath);
                descriptions.For(file.RootDirectory).Remove(file.RelativePath);
            }
            // A file not indexed yet may be in the middle of being read: the deletion must win over that reading.
            if (!deleted.ContainsKey(path) && Locate(state, path) is { } located)
            {
                deleted[path] = IndexedFile.Deleted(path, DocumentUris.FromLocalPath(path), located.Root.Directory, located.RelativePath);
            }
        }
        Apply(deleted.Values.ToList(), documentClosed: false);
    }

    /// <summary>Records the analysis of an open document (which takes the place of the file on disk).</summary>
    public void RecordOpenDocument(IndexedFile entry) => Apply([entry], documentClosed: false);

    private async Task RunAsync(IndexingRun run)
    {
        var started = Stopwatch.GetTimestamp();
        var state = session.Current;
        var results = new ConcurrentQueue<IndexedFile>();
        var done = 0;
        IndexProgress? progress = null;
        try
        {
            progress = await IndexProgress.BeginAsync(client, state.Client.ShowsWorkDoneProgress, run.ProgressToken, log, run.Token);
            var (work, censuses) = List(run, state);
            progress.Report(0, work.Count);
            var reading = ReadAllAsync(work, results, run.Token);
            while (!reading.IsCompleted)
            {
                await Task.WhenAny(reading, Task.Delay(FlushInterval, CancellationToken.None));
                done += Flush(results);
                progress.Report(done, work.Count);
            }
            await reading;
            // Files read after the loop's last flush still count: the last report says 100%.
            done += Flush(results);
            progress.Report(done, work.Count);
            LogPatternTimeouts(run, state);
            Complete(run, censuses);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var summary = string.Create(CultureInfo.InvariantCulture, $"indexed {done} files in {run.Directories.Count} folder(s) in {seconds:0.##} s");
            log.Info(summary);
            progress.End(summary);
        }
        catch (OperationCanceledException) when (run.Token.IsCancellationRequested)
        {
            done += Flush(results);
            var why = run.CancelledByUser ? "cancelled by the user" : lifetime.ShutdownToken.IsCancellationRequested ? "stopped for shutdown" : "restarted";
            log.Info($"indexing {why} after {done} files");
            progress?.End($"Indexing {why} after {done} files");
        }
        catch (Exception exception)
        {
            log.Error($"indexing failed: {exception}");
            progress?.End("Indexing failed; see the ClawDev log");
        }
        finally
        {
            lock (_lock)
            {
                run.Finish();
                run.Dispose();
            }
            RefreshCoverage();
        }
    }

    /// <summary>
    /// Reads the files on one dedicated thread per core. Not on the thread pool: a pool busy with indexing would
    /// leave the messages of the user's typing (and the client's cancel) waiting for the pool to grow.
    /// </summary>
    private static Task ReadAllAsync(List<(DiskFileReader Reader, string RelativePath)> work, ConcurrentQueue<IndexedFile> results, CancellationToken cancellationToken)
    {
        var next = -1;
        var readers = new Task[Math.Min(Environment.ProcessorCount, Math.Max(work.Count, 1))];
        for (var i = 0; i < readers.Length; i++)
        {
            readers[i] = Task.Factory.StartNew(
                () =>
                {
                    int item;
                    while ((item = Interlocked.Increment(ref next)) < work.Count)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        results.Enqueue(work[item].Reader.Read(work[item].RelativePath, cancellationToken));
                    }
                },
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }
        return Task.WhenAll(readers);
    }

    /// <summary>Every file to read, with the reader of its folder; a folder that cannot be listed is logged and left out.</summary>
    private (List<(DiskFileReader Reader, string RelativePath)> Work, Dictionary<string, StyleCensus> Censuses) List(IndexingRun run, ServerState state)
    {
        var work = new List<(DiskFileReader, string)>();
        var censuses = new Dictionary<string, StyleCensus>(StringComparer.Ordinal);
        foreach (var root in state.Roots.Where(root => run.Directories.Contains(root.Directory)))
        {
            if (root.Configuration is null)
            {
                log.Warning($"{root.Directory} is not indexed: {root.ConfigurationProblem}");
                continue;
            }
            FileListing listing;
            try
            {
                listing = lister.ListPythonFiles(root.Directory, run.Token);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                log.Warning($"{root.Directory} is not indexed: {exception.Message}");
                continue;
            }
            foreach (var note in listing.Notes.Take(MaxListingNotesLogged))
            {
                log.Info($"{root.Directory}: {note}");
            }
            foreach (var note in facts.ReadPages(root.Directory))
            {
                log.Info($"{root.Directory}: {note}");
            }
            var census = censuses[root.Directory] = new StyleCensus();
            var reader = new DiskFileReader(root, state.Client.Encoding, descriptions.For(root.Directory), census);
            work.AddRange(listing.RelativePaths.Distinct(StringComparer.Ordinal).Select(path => (reader, path)));
        }
        return (work, censuses);
    }

    private void LogPatternTimeouts(IndexingRun run, ServerState state)
    {
        foreach (var root in state.Roots.Where(root => run.Directories.Contains(root.Directory)))
        {
            foreach (var timeout in root.Configuration?.PatternTimeouts ?? [])
            {
                log.Warning($"{root.Directory}: {timeout}");
            }
        }
    }

    /// <returns>How many entries were taken from <paramref name="results"/>.</returns>
    private int Flush(ConcurrentQueue<IndexedFile> results)
    {
        var batch = new List<IndexedFile>(results.Count);
        while (results.TryDequeue(out var entry))
        {
            batch.Add(entry);
        }
        if (batch.Count > 0)
        {
            Apply(batch, documentClosed: false);
        }
        return batch.Count;
    }

    /// <summary>Every folder of the run is indexed, those that could not be listed included: there is nothing more to do for them.</summary>
    private void Complete(IndexingRun run, Dictionary<string, StyleCensus> censuses)
    {
        lock (_lock)
        {
            if (_current != run)
            {
                return;
            }
            session.Update(state => state with
            {
                Index = run.Directories.Aggregate(state.Index, (index, directory) => index.WithFolderIndexed(directory, censuses.GetValueOrDefault(directory)?.Result())),
            });
        }
        // Now that every outline of the folders is known, findings resolve against the whole folder.
        publisher.PublishFiles(run.Directories.SelectMany(directory => session.Current.Index.Under(directory)));
        FoldersIndexed?.Invoke();
    }

    /// <summary>Raised when folders have been indexed to the end: open documents are worth resolving again.</summary>
    public event Action? FoldersIndexed;

    private void RefreshNow(IReadOnlyList<string> paths, bool documentClosed)
    {
        try
        {
            var state = session.Current;
            var entries = new List<IndexedFile>();
            foreach (var path in paths)
            {
                if (Locate(state, path) is { Root.Configuration: not null } located)
                {
                    var reader = new DiskFileReader(located.Root, state.Client.Encoding, descriptions.For(located.Root.Directory), new StyleCensus());
                    entries.Add(reader.Read(located.RelativePath, lifetime.ShutdownToken));
                }
            }
            Apply(entries, documentClosed);
        }
        catch (OperationCanceledException) when (lifetime.ShutdownToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            log.Error($"re-reading {string.Join(", ", paths)} failed: {exception}");
        }
    }

    /// <summary>
    /// Puts entries into the index (those of folders that are still open, and newer than what is there), shows
    /// the disk diagnostics of those that landed, and tells the client when coverage changed.
    /// </summary>
    private void Apply(IReadOnlyList<IndexedFile> entries, bool documentClosed)
    {
        if (entries.Count == 0)
        {
            return;
        }
        WorkspaceIndex before = WorkspaceIndex.Empty;
        var after = session.Update(state =>
        {
            before = state.Index;
            var kept = entries.Where(entry => state.Roots.Any(root => root.Directory == entry.RootDirectory));
            return state with { Index = state.Index.With(kept, documentClosed) };
        }).Index;
        var landed = entries.Where(entry => ReferenceEquals(after.Find(entry.Path), entry)).ToList();
        publisher.PublishFiles(landed);
        // While a whole folder is being indexed, the client hears once, at the end.
        if (!IsIndexing && landed.Any(entry => CoverageChanged(entry, before.Find(entry.Path))))
        {
            RefreshCoverage();
        }
    }

    private bool IsIndexing
    {
        get
        {
            lock (_lock)
            {
                return _current is { IsFinished: false };
            }
        }
    }

    private static bool CoverageChanged(IndexedFile entry, IndexedFile? previous) =>
        entry.Facts is { } facts ? !facts.HasSameCoverageAs(previous?.Facts) : previous?.Facts is not null;

    private void RefreshCoverage() => client.Notify<object?>(Methods.ClawDevRefreshDocumentationCoverage, null);

    /// <summary>The workspace folder of the Python file at <paramref name="path"/>, or null.</summary>
    private static (WorkspaceRoot Root, string RelativePath)? Locate(ServerState state, string path) =>
        PythonSourceFiles.IsPythonSource(Path.GetFileName(path.AsSpan()))
        && WorkspaceRoots.Containing(state.Roots, path) is { } root
        && root.RelativePathOf(path) is { } relative
            ? (root, relative)
            : null;
}
