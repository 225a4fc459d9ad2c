namespace ClawDev.Core.Workspace;

public sealed record ScanOptions
{
    public const long DefaultMaxFileBytes = 2 * 1024 * 1024;

    /// <summary>Files larger than this are skipped with a note rather than read.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    public CodeSelection Selection { get; init; } = CodeSelection.FromConfiguration;

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
