using System.Buffers;
using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.FileSystem;
using ClawDev.Core.Library;
using ClawDev.Core.Python;

namespace ClawDev.Core.Workspace;

/// <summary>What became of one listed file: its analysis, or the exclusion that kept it out, and notes about it.</summary>
/// <param name="Generated">A generated file's module, parsed when modules are kept: not analysed, but its classes' field
/// docstrings are the schema its library code was written from (huggingface_hub's inference types), which drafts reuse.</param>
public readonly record struct FileOutcome(FileAnalysis? Analysis, ExcludedFile? Excluded, IReadOnlyList<ScanNote> Notes, PythonModule? Generated = null);

/// <summary>
/// Reads, decodes, parses and analyses one file; whatever goes wrong becomes a note about that file. Thread-safe:
/// a scan runs one instance on all cores, and the language server re-scans single files with it.
/// </summary>
public sealed class SourceFileScanner
{
    private readonly string _root;
    private readonly ProjectConfiguration _configuration;
    private readonly AnalyzeFile _analyze;
    private readonly StyleCensus _styles;
    private readonly long _maxFileBytes;
    private readonly bool _keepModules;
    private string? _realRoot;

    /// <param name="root">The full path the relative paths given to <see cref="Scan"/> are under.</param>
    /// <param name="configuration">The configuration loaded from <paramref name="root"/>.</param>
    /// <param name="styles">Counts the style of every docstring of every analysed file.</param>
    public SourceFileScanner(string root, ProjectConfiguration configuration, ScanOptions options, StyleCensus styles)
        : this(root, configuration, options, AnalyzeFile, styles)
    {
    }

    internal SourceFileScanner(string root, ProjectConfiguration configuration, ScanOptions options, AnalyzeFile analyze, StyleCensus styles)
    {
        _root = root;
        _configuration = configuration;
        _analyze = analyze;
        _styles = styles;
        _maxFileBytes = options.MaxFileBytes ?? configuration.MaxFileSize;
        _keepModules = options.KeepModules;
    }

    /// <param name="relativePath">'/' separators, relative to the root.</param>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    public FileOutcome Scan(string relativePath, CancellationToken cancellationToken)
    {
        try
        {
            return ScanUnguarded(relativePath, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Noted(relativePath, NoteKind.InternalError, BugReport($"internal error: {e.GetType().Name}: {e.Message}"));
        }
    }

    /// <summary>The root with its symbolic links resolved: a source file's link may not lead out of it.</summary>
    private string RealRoot => _realRoot ??= FileStatus.RealPath(_root) ?? _root;

    private FileOutcome ScanUnguarded(string relativePath, CancellationToken cancellationToken)
    {
        if (_configuration.Exclusion(relativePath) is var (category, reason))
        {
            return new FileOutcome(null, new ExcludedFile(relativePath, reason, category), []);
        }
        var settings = _configuration.ForFile(relativePath);

        byte[]? buffer = null;
        try
        {
            var read = BoundedFile.ReadPooled(Path.Combine(_root, relativePath), _maxFileBytes, RealRoot, ref buffer, out var readProblem);
            if (readProblem is not null)
            {
                return Noted(relativePath, NoteKind.Skipped, $"skipped: {readProblem.Message}");
            }
            var bytes = buffer.AsSpan(0, read);
            if (SourceDecoder.LooksBinary(bytes))
            {
                return Noted(relativePath, NoteKind.Skipped, "skipped: binary content (NUL bytes)");
            }
            var decoded = SourceDecoder.Decode(bytes);
            var notes = new List<ScanNote>();
            if (decoded.Problem is { } problem)
            {
                notes.Add(new ScanNote(NoteKind.Decoding, relativePath, problem));
            }
            if (_configuration.ContentExclusion(relativePath, decoded.Text) is var (contentCategory, why))
            {
                var generated = _keepModules && contentCategory == ExclusionCategory.Generated ? PythonParser.Parse(decoded.Text, cancellationToken) : null;
                return new FileOutcome(null, new ExcludedFile(relativePath, why, contentCategory), notes, generated);
            }
            var module = PythonParser.Parse(decoded.Text, cancellationToken);
            if (module.Problems.Count > 0)
            {
                notes.Add(new ScanNote(NoteKind.Syntax, relativePath, DescribeSyntaxProblems(module)));
            }
            var analysis = _analyze(module, relativePath, settings, _configuration.ModuleName(relativePath), _configuration.IsLibraryModule(relativePath));
            // A rule that failed on one definition: the file's other findings stand, the failure is a bug to report.
            notes.AddRange(analysis.InternalErrors.Select(error => new ScanNote(NoteKind.InternalError, relativePath, BugReport(error))));
            CountDocstringStyles(analysis);
            return new FileOutcome(_keepModules ? analysis : analysis.WithoutModule(), null, notes);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>The analysis a scan runs on each file (tests replace it).</summary>
    internal static FileAnalysis AnalyzeFile(PythonModule module, string relativePath, FileSettings settings, string? moduleName, bool withOutline) =>
        FileAnalyzer.Analyze(module, relativePath, settings, moduleName, CancellationToken.None, withOutline);

    // Counted per file and added to the shared census once: counting every docstring into the shared counters
    // made the cores fight over one cache line.
    private void CountDocstringStyles(FileAnalysis analysis) => _styles.Merge(analysis.DocstringStyles);

    private static string DescribeSyntaxProblems(PythonModule module)
    {
        var first = module.Problems[0];
        var (line, column) = module.Lines.PositionOf(first.Span.Start);
        var more = module.Problems.Count > 1 ? $" (and {module.Problems.Count - 1} more)" : "";
        return $"syntax error at {line + 1}:{column + 1}: {first.Message}{more}; findings cover what is intact";
    }

    private static string BugReport(string error) => $"{error} (this is a bug, please report it)";

    private static FileOutcome Noted(string relativePath, NoteKind kind, string message) =>
        new(null, null, [new ScanNote(kind, relativePath, message)]);
}
