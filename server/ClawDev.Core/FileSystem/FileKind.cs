namespace ClawDev.Core.FileSystem;

/// <summary>What a directory entry is. Only <see cref="Regular"/> files are ever read: reading a named pipe blocks
/// until someone writes to it, and a device such as /dev/zero never ends.</summary>
public enum FileKind
{
    Missing,
    /// <summary>The file system would not say (a folder above cannot be searched, the path is too long...).</summary>
    Unknown,
    Regular,
    Directory,
    SymbolicLink,
    NamedPipe,
    Socket,
    CharacterDevice,
    BlockDevice,
    Other,
}

public static class FileKinds
{
    /// <summary>"a named pipe (FIFO)", for notes that say why a file was not read.</summary>
    public static string Describe(this FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Unknown => "of an unknown kind",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a directory",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.NamedPipe => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        _ => "not a regular file",
    };
}
