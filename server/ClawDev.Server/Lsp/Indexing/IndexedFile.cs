namespace ClawDev.Server.Lsp.Indexing;

/// <summary>What the index knows about one Python file of a workspace folder.</summary>
/// <param name="Path">The full local path: the index's key.</param>
/// <param name="Uri">The URI the file is reported under (the client's own for a file it has open).</param>
/// <param name="RootDirectory">The workspace folder the file was analysed in.</param>
/// <param name="RelativePath">The path inside that folder, '/' separators.</param>
/// <param name="Stamp">When reading the file started (<see cref="IndexStamps"/>): a later reading replaces an earlier one, never the reverse.</param>
/// <param name="OpenVersion">The version of the open document it was analysed from, or null when read from disk.</param>
/// <param name="Facts">The analysis, or null when there is none (excluded, skipped, deleted).</param>
/// <param name="Note">Why there is no analysis, or what to know about it (a syntax error), or null.</param>
internal sealed record IndexedFile(
    string Path,
    string Uri,
    string RootDirectory,
    string RelativePath,
    long Stamp,
    int? OpenVersion,
    FileFacts? Facts,
    string? Note)
{
    public bool IsFromOpenDocument => OpenVersion is not null;

    /// <summary>The entry that records a deletion, so that a reading which started before it cannot bring the file back.</summary>
    public static IndexedFile Deleted(string path, string uri, string rootDirectory, string relativePath) =>
        new(path, uri, rootDirectory, relativePath, IndexStamps.Next(), null, null, "deleted");
}

/// <summary>The order in which readings of files started, across every thread of the server.</summary>
internal static class IndexStamps
{
    private static long _last;

    public static long Next() => Interlocked.Increment(ref _last);
}
