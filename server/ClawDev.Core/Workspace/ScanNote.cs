namespace ClawDev.Core.Workspace;

public enum NoteKind
{
    /// <summary>Something about how the files were listed (git unavailable, an unreadable directory).</summary>
    Listing,
    /// <summary>A problem in the repository's configuration files.</summary>
    Configuration,
    /// <summary>A file that was not analysed: unreadable, binary or too large.</summary>
    Skipped,
    /// <summary>A file analysed after replacing undecodable bytes.</summary>
    Decoding,
    /// <summary>A file with syntax errors: findings cover what is intact.</summary>
    Syntax,
    /// <summary>A bug in ClawDev while handling one file; the scan went on without it.</summary>
    InternalError,
}

/// <summary>Something the user should know about a scan, besides findings.</summary>
/// <param name="Path">The file or directory concerned, relative to the scanned root with '/' separators; null when not about one path.</param>
public sealed record ScanNote(NoteKind Kind, string? Path, string Message)
{
    public override string ToString() => Path is null ? Message : $"{Path}: {Message}";
}
