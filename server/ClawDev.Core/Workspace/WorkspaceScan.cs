using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Library;

namespace ClawDev.Core.Workspace;

/// <summary>A file left out of the scan, and why: a setting of the repository's tools, or (in the contribution
/// profile) because it is not library code.</summary>
public sealed record ExcludedFile(string Path, string Reason, ExclusionCategory Category = ExclusionCategory.Configuration);

/// <summary>A generated file left out of the scan, parsed for the documentation drafts may reuse (<see cref="FileOutcome.Generated"/>).</summary>
public sealed record GeneratedModule(string Path, Python.PythonModule Module);

/// <summary>Everything one scan of a directory tree found. Every list is sorted by path, so output is deterministic.</summary>
public sealed class WorkspaceScan
{
    /// <summary>The scanned directory, as a full path.</summary>
    public required string Root { get; init; }

    /// <summary>How the files were listed ("git ls-files", "directory walk honouring .gitignore").</summary>
    public required string ListingMethod { get; init; }

    /// <summary>The configuration's active settings and where each came from.</summary>
    public required IReadOnlyList<ConfigSetting> Settings { get; init; }

    /// <summary>The analysis profile in force and why.</summary>
    public required ProfileChoice Profile { get; init; }

    /// <summary>Every documentation tool the repository configures, and whether it decides.</summary>
    public IReadOnlyList<ToolUse> Tools { get; init; } = [];

    /// <summary>What the repository says as a whole: exposure, inheritance, copies, habits.</summary>
    public ProjectFacts Facts { get; init; } = ProjectFacts.Empty;

    /// <summary>The library's packages (what the contribution profile analyses), when they were looked for.</summary>
    public LibraryScope? Scope { get; init; }

    /// <summary>Python files listed under the root: analysed + excluded + skipped.</summary>
    public required int FilesFound { get; init; }

    public required IReadOnlyList<FileAnalysis> Files { get; init; }

    public required IReadOnlyList<ExcludedFile> Excluded { get; init; }

    /// <summary>The excluded generated files, parsed when the scan keeps modules (else none).</summary>
    public IReadOnlyList<GeneratedModule> Generated { get; init; } = [];

    /// <summary>Listing and configuration notes first, then the notes of each file in path order.</summary>
    public required IReadOnlyList<ScanNote> Notes { get; init; }

    /// <summary>The docstring styles of the analysed files and the repository's dominant one.</summary>
    public required StyleCensusResult DocstringStyles { get; init; }

    /// <summary>Files neither analysed nor excluded: unreadable, binary, too large, or failed on a bug (each has a note).</summary>
    public int SkippedCount => FilesFound - Files.Count - Excluded.Count;

    public int FindingCount
    {
        get
        {
            // Loops, here and in TotalCoverage: Enumerable.Sum over ints is compiled at every start, not ahead of time.
            var count = 0;
            foreach (var file in Files)
            {
                count += file.Findings.Count;
            }
            return count;
        }
    }

    /// <summary>The findings per code and exposure, and the withheld ones per reason.</summary>
    public FindingCounts Counts => _counts ??= FindingCounts.Of(Files);

    private FindingCounts? _counts;

    /// <summary>interrogate's total: every counted definition of every analysed module.</summary>
    public ModuleCoverage TotalCoverage
    {
        get
        {
            int total = 0, documented = 0;
            foreach (var file in Files)
            {
                total += file.Coverage.Total;
                documented += file.Coverage.Documented;
            }
            return new ModuleCoverage(total, documented, []);
        }
    }
}
