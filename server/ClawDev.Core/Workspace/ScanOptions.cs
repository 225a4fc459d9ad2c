namespace ClawDev.Core.Workspace;

public sealed record ScanOptions
{
    /// <summary>Files larger than this are skipped with a note rather than read; null for the configuration's
    /// <see cref="Configuration.ProjectConfiguration.MaxFileSize"/>.</summary>
    public long? MaxFileBytes { get; init; }

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>False: each file's <see cref="Analysis.FileAnalysis.Module"/> is let go as soon as the file's findings,
    /// coverage and docstring styles are known (see <see cref="Analysis.FileAnalysis.WithoutModule"/>), so that a scan
    /// of a large tree holds only its results and the garbage collector has little to keep. True by default.</summary>
    public bool KeepModules { get; init; } = true;
}
