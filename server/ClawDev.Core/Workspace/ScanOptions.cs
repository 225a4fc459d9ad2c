namespace ClawDev.Core.Workspace;

public sealed record ScanOptions
{
    /// <summary>Files larger than this are skipped with a note rather than read; null for the configuration's
    /// <see cref="Configuration.ProjectConfiguration.MaxFileSize"/>.</summary>
    public long? MaxFileBytes { get; init; }

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
