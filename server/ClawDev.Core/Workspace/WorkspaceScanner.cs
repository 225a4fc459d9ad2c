using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Library;
using ClawDev.Core.Python;

namespace ClawDev.Core.Workspace;

/// <summary>The analysis step of a scan; tests replace it to prove that one failing file does not stop a scan.</summary>
internal delegate FileAnalysis AnalyzeFile(PythonModule module, string relativePath, FileSettings settings, string? moduleName, bool withOutline);

/// <summary>
/// Scans a directory tree: lists its Python files and analyses each under the repository's configuration, on all
/// cores. A file that cannot be analysed becomes a note and the scan goes on.
/// </summary>
public sealed class WorkspaceScanner
{
    private readonly ISourceFileLister _lister;
    private readonly AnalyzeFile _analyze;

    public WorkspaceScanner(ISourceFileLister lister)
        : this(lister, SourceFileScanner.AnalyzeFile)
    {
    }

    internal WorkspaceScanner(ISourceFileLister lister, AnalyzeFile analyze)
    {
        _lister = lister;
        _analyze = analyze;
    }

    /// <param name="configuration">The configuration loaded from <paramref name="rootDirectory"/>.</param>
    /// <exception cref="DirectoryNotFoundException">The root does not exist.</exception>
    /// <exception cref="IOException">The root cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The root cannot be read.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public WorkspaceScan Scan(string rootDirectory, ProjectConfiguration configuration, ScanOptions options, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(rootDirectory);
        return Scan(root, _lister.ListPythonFiles(root, cancellationToken), configuration, options, cancellationToken);
    }

    /// <summary>Lists the Python files under <paramref name="rootDirectory"/> on a thread-pool thread, so that the caller
    /// can read the configuration meanwhile; hand the result to <see cref="Scan(string, FileListing, ProjectConfiguration, ScanOptions, CancellationToken)"/>.</summary>
    /// <returns>The listing; it fails as <see cref="ISourceFileLister.ListPythonFiles"/> does.</returns>
    public Task<FileListing> StartListing(string rootDirectory, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(rootDirectory);
        return Task.Run(() => _lister.ListPythonFiles(root, cancellationToken), cancellationToken);
    }

    /// <summary>Scans the files of a listing made by <see cref="StartListing"/> (or by this scanner's lister).</summary>
    /// <param name="listing">The Python files under <paramref name="rootDirectory"/>.</param>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public WorkspaceScan Scan(string rootDirectory, FileListing listing, ProjectConfiguration configuration, ScanOptions options, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(rootDirectory);
        var paths = listing.RelativePaths.Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(paths, StringComparer.Ordinal);

        var styles = new StyleCensus();
        // The documentation pages are read meanwhile: only the resolution after the files needs them.
        var pages = Task.Run(() => DocumentationPages.Read(root), cancellationToken);
        var fileScanner = new SourceFileScanner(root, configuration, options, _analyze, styles);
        var outcomes = new FileOutcome[paths.Length];
        ParallelWork.For(paths.Length, options.MaxDegreeOfParallelism, i => outcomes[i] = fileScanner.Scan(paths[i], cancellationToken), cancellationToken);

        var files = new List<FileAnalysis>(outcomes.Length);
        var excluded = new List<ExcludedFile>();
        var generated = new List<GeneratedModule>();
        var notes = new List<ScanNote>(listing.Notes);
        notes.AddRange(configuration.Problems.Select(problem => new ScanNote(NoteKind.Configuration, null, problem)));
        notes.AddRange(configuration.Scope.Notes.Select(note => new ScanNote(NoteKind.Configuration, null, note)));
        // Known only now that every file has been checked.
        notes.AddRange(configuration.PatternTimeouts.Select(timeout => new ScanNote(NoteKind.Configuration, null, timeout)));
        foreach (var outcome in outcomes)
        {
            if (outcome.Analysis is { } analysis)
            {
                files.Add(analysis);
            }
            if (outcome.Excluded is { } exclusion)
            {
                excluded.Add(exclusion);
                if (outcome.Generated is { } module)
                {
                    generated.Add(new GeneratedModule(exclusion.Path, module));
                }
            }
            notes.AddRange(outcome.Notes);
        }
        var (references, pageNotes) = pages.GetAwaiter().GetResult();
        var outlined = files.Where(file => file.Outline is not null).ToList();
        var facts = ProjectFacts.Build(
            outlined.Select(file => new ModuleFile(file.RelativePath, file.Outline!)),
            references,
            configuration.Scope.Roots.Select(root => root.Name),
            LeftOutModules(paths, outcomes, configuration));
        notes.AddRange(pageNotes.Concat(facts.Notes).Select(note => new ScanNote(NoteKind.Configuration, null, note)));
        // The facts are read-only once built: files are resolved on every core, as they were analysed.
        ParallelWork.For(
            files.Count,
            options.MaxDegreeOfParallelism,
            i =>
            {
                var resolved = FindingResolver.Resolve(files[i], facts, configuration.Profile.Profile);
                files[i] = resolved with { Findings = SortedFindings(resolved.Findings) };
            },
            cancellationToken);
        return new WorkspaceScan
        {
            Facts = facts,
            Root = root,
            ListingMethod = listing.Method,
            Settings = configuration.Settings,
            Profile = configuration.Profile,
            Tools = configuration.Tools,
            Scope = configuration.Scope,
            FilesFound = paths.Length,
            Files = files,
            Excluded = excluded,
            Generated = generated,
            Notes = notes,
            DocstringStyles = styles.Result(),
        };
    }

    /// <summary>The modules of the listed files that have no outline: excluded, generated, beside the library. An
    /// analysed file has its module's name already; only the files not analysed are named here.</summary>
    private static IEnumerable<string> LeftOutModules(string[] paths, FileOutcome[] outcomes, ProjectConfiguration configuration)
    {
        for (var i = 0; i < paths.Length; i++)
        {
            if (outcomes[i].Analysis is not { } analysis)
            {
                yield return configuration.ModuleName(paths[i]);
            }
            else if (analysis.Outline is null)
            {
                yield return analysis.ModuleName;
            }
        }
    }

    /// <summary>The findings by line, column and code. The rules report most files' findings in that order already,
    /// which one pass confirms without the sort's keys and copies (128,000 findings on the python3.11 folder).</summary>
    private static IReadOnlyList<Finding> SortedFindings(IReadOnlyList<Finding> findings)
    {
        if (IsSorted(findings))
        {
            return findings;
        }
        // Stable, as the order of findings at one place must be: ties keep the order the rules reported them in.
        // (LINQ's OrderBy with its int keys was generic code compiled at every start.)
        var order = new int[findings.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) => Compare(findings[a], findings[b]) is var byPlace and not 0 ? byPlace : a.CompareTo(b));
        var sorted = new Finding[order.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = findings[order[i]];
        }
        return sorted;
    }

    private static bool IsSorted(IReadOnlyList<Finding> findings)
    {
        for (var i = 1; i < findings.Count; i++)
        {
            if (Compare(findings[i - 1], findings[i]) > 0)
            {
                return false;
            }
        }
        return true;
    }

    private static int Compare(Finding a, Finding b) =>
        a.Line != b.Line ? a.Line.CompareTo(b.Line)
        : a.Column != b.Column ? a.Column.CompareTo(b.Column)
        : string.CompareOrdinal(a.Code, b.Code);
}
