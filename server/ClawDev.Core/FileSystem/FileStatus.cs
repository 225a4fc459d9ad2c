using System.Runtime.InteropServices;

namespace ClawDev.Core.FileSystem;

/// <summary>
/// The kind of a file and where a path really leads, from the file system's own answer (stat, lstat, realpath).
/// .NET 10 has no public API for a file's kind (FileSystemInfo calls a named pipe "Normal"; SafeFileHandle.Type
/// arrives in .NET 11), so on Unix this asks the runtime's own native helper library, which every .NET install
/// carries and whose stat record starts with the same two fields on every platform since .NET Core 1.0.
/// </summary>
public static partial class FileStatus
{
    /// <summary>The kind of the entry at <paramref name="path"/> itself: a symbolic link is reported as one.</summary>
    public static FileKind KindOf(string path) => KindOf(path, followLinks: false);

    /// <summary>The kind of what <paramref name="path"/> finally leads to, following symbolic links.</summary>
    public static FileKind KindOfTarget(string path) => KindOf(path, followLinks: true);

    /// <summary>The absolute path with every symbolic link and "."/".." resolved, or null when it does not resolve
    /// (a dangling link, a loop, a missing component).</summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var full = Path.GetFullPath(path);
            try
            {
                return File.Exists(full) || Directory.Exists(full) ? File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
        var resolved = Native.RealPath(path);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Native.Free(resolved);
        }
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="directory"/> or lies below it (both full paths).</summary>
    public static bool IsWithin(string path, string directory)
    {
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var prefix = Path.EndsInDirectorySeparator(directory) ? directory : directory + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, comparison) || path.Equals(directory, comparison);
    }

    private static FileKind KindOf(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows())
        {
            // No named pipes or devices live among a repository's files on Windows.
            var info = new FileInfo(path);
            return !info.Exists && !Directory.Exists(path) ? FileKind.Missing
                : !followLinks && info.LinkTarget is not null ? FileKind.SymbolicLink
                : Directory.Exists(path) ? FileKind.Directory
                : FileKind.Regular;
        }
        var status = default(Native.Status);
        if ((followLinks ? Native.Stat(path, out status) : Native.LStat(path, out status)) != 0)
        {
            // errno values the same on every Unix: ENOENT and ENOTDIR say nothing is there; anything else (EACCES on a
            // folder above, ENAMETOOLONG...) leaves the kind unknown.
            return Marshal.GetLastPInvokeError() is 2 or 20 ? FileKind.Missing : FileKind.Unknown;
        }
        return (status.Mode & Native.TypeMask) switch
        {
            Native.TypeRegular => FileKind.Regular,
            Native.TypeDirectory => FileKind.Directory,
            Native.TypeLink => FileKind.SymbolicLink,
            Native.TypePipe => FileKind.NamedPipe,
            Native.TypeSocket => FileKind.Socket,
            Native.TypeCharacterDevice => FileKind.CharacterDevice,
            Native.TypeBlockDevice => FileKind.BlockDevice,
            _ => FileKind.Other,
        };
    }

    private static partial class Native
    {
        private const string Library = "libSystem.Native";

        // The runtime's own values (pal_io.h), the same on every Unix.
        public const int TypeMask = 0xF000;
        public const int TypePipe = 0x1000;
        public const int TypeCharacterDevice = 0x2000;
        public const int TypeDirectory = 0x4000;
        public const int TypeBlockDevice = 0x6000;
        public const int TypeRegular = 0x8000;
        public const int TypeLink = 0xA000;
        public const int TypeSocket = 0xC000;

        /// <summary>The runtime's FileStatus record: Flags then Mode lead it; the rest (about 130 bytes in .NET 10)
        /// is room to spare, so that a record that grows in a later runtime is never written past its end.</summary>
        [StructLayout(LayoutKind.Explicit, Size = 512)]
        public struct Status
        {
            [FieldOffset(4)]
            public int Mode;
        }

        [LibraryImport(Library, EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        public static partial int Stat(string path, out Status status);

        [LibraryImport(Library, EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        public static partial int LStat(string path, out Status status);

        [LibraryImport(Library, EntryPoint = "SystemNative_RealPath", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        public static partial IntPtr RealPath(string path);

        [LibraryImport(Library, EntryPoint = "SystemNative_Free")]
        public static partial void Free(IntPtr pointer);
    }
}
