namespace ClawDev.Core.FileSystem;

public enum ReadProblemKind
{
    /// <summary>Nothing is there (any more).</summary>
    Missing,
    /// <summary>A named pipe, a device, a directory, a socket: never read.</summary>
    NotRegular,
    /// <summary>A symbolic link that leads out of the folder the file had to stay in.</summary>
    OutsideFolder,
    /// <summary>Larger than the limit, or grew beyond it while being read.</summary>
    TooLarge,
    PermissionDenied,
    /// <summary>Any other input/output error.</summary>
    Failed,
}

/// <summary>Why a file was not read.</summary>
/// <param name="Message">For people, without the file's name: "not a regular file (a named pipe (FIFO))".</param>
public sealed record ReadProblem(ReadProblemKind Kind, string Message)
{
    public override string ToString() => Message;
}
