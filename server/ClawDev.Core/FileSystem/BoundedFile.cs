using System.Buffers;
using System.Text;
using ClawDev.Core.Workspace;

namespace ClawDev.Core.FileSystem;

/// <summary>
/// The one way ClawDev reads a file from the user's disk: only a regular file (never a named pipe, which would block,
/// or a device such as /dev/zero, which never ends), never more than a limit, even when the file grows while it is
/// read, and, when asked, never through a symbolic link that leads out of a given folder.
/// </summary>
public static class BoundedFile
{
    private static readonly ReadProblem MissingFile = new(ReadProblemKind.Missing, "the file no longer exists");

    /// <summary>Reads the whole file into a buffer rented from <see cref="ArrayPool{T}.Shared"/>, which the caller returns.</summary>
    /// <param name="within">The real path (<see cref="FileStatus.RealPath"/>) of the folder a symbolic link may not lead
    /// out of; null when the file may be anywhere.</param>
    /// <param name="buffer">Rented here (also when a problem is returned); null when nothing was rented.</param>
    /// <returns>The number of bytes read into <paramref name="buffer"/>.</returns>
    public static int ReadPooled(string path, long maxBytes, string? within, ref byte[]? buffer, out ReadProblem? problem)
    {
        problem = Inspect(path, within);
        if (problem is not null)
        {
            return 0;
        }
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var length = RandomAccess.GetLength(handle);
            if (length > maxBytes)
            {
                problem = new ReadProblem(ReadProblemKind.TooLarge, $"{ByteSize.Format(length)} is more than the {ByteSize.Format(maxBytes)} limit");
                return 0;
            }
            // One byte more than the length, so that the read which finds the end needs no larger buffer.
            buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(length + 1, Array.MaxLength));
            var total = 0;
            // Read to the end rather than trusting the length: the file may be growing or shrinking right now.
            while (true)
            {
                if (total == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(buffer.Length * 2L, 4096), Array.MaxLength));
                    buffer.AsSpan(0, total).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
                if (read == 0)
                {
                    return total;
                }
                total += read;
                if (total > maxBytes)
                {
                    problem = new ReadProblem(ReadProblemKind.TooLarge, $"grew beyond the {ByteSize.Format(maxBytes)} limit while being read");
                    return 0;
                }
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = MissingFile;
        }
        catch (UnauthorizedAccessException)
        {
            problem = new ReadProblem(ReadProblemKind.PermissionDenied, "permission denied");
        }
        catch (IOException e)
        {
            problem = new ReadProblem(ReadProblemKind.Failed, $"could not be read ({e.Message})");
        }
        return 0;
    }

    /// <summary>The file's bytes, or null with the reason.</summary>
    public static byte[]? ReadBytes(string path, long maxBytes, out ReadProblem? problem)
    {
        byte[]? buffer = null;
        try
        {
            var length = ReadPooled(path, maxBytes, within: null, ref buffer, out problem);
            return problem is null ? buffer.AsSpan(0, length).ToArray() : null;
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>The file's text (UTF-8 unless a byte order mark says otherwise, as <see cref="File.ReadAllText(string)"/>
    /// reads it), or null with the reason.</summary>
    public static string? ReadText(string path, long maxBytes, out ReadProblem? problem) =>
        ReadTextMentioning(path, maxBytes, [], out problem);

    /// <summary>
    /// <see cref="ReadText"/> for a file that is read for a few markers: a UTF-8 file (by its mark or by default)
    /// whose bytes hold none of <paramref name="asciiMarkers"/> is not decoded, and null comes back without a problem.
    /// No markers: every file is decoded.
    /// </summary>
    public static string? ReadTextMentioning(string path, long maxBytes, string[] asciiMarkers, out ReadProblem? problem)
    {
        byte[]? buffer = null;
        try
        {
            var length = ReadPooled(path, maxBytes, within: null, ref buffer, out problem);
            if (problem is not null)
            {
                return null;
            }
            // Decoded in one go (a StreamReader grows a StringBuilder block by block): UTF-8 unless a byte order mark says otherwise.
            var bytes = buffer.AsSpan(0, length);
            var encoding = ByteOrderMark(bytes, out var markLength) ?? Encoding.UTF8;
            if (asciiMarkers.Length > 0 && encoding == Encoding.UTF8 && !ContainsAny(bytes, asciiMarkers))
            {
                return null;
            }
            return encoding.GetString(bytes[markLength..]);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static bool ContainsAny(ReadOnlySpan<byte> utf8, string[] asciiMarkers)
    {
        foreach (var marker in asciiMarkers)
        {
            if (Contains(utf8, marker))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Contains(ReadOnlySpan<byte> utf8, string asciiMarker)
    {
        Span<byte> marker = stackalloc byte[asciiMarker.Length];
        Encoding.ASCII.GetBytes(asciiMarker, marker);
        return utf8.IndexOf(marker) >= 0;
    }

    /// <summary>The encoding a byte order mark at the start of <paramref name="bytes"/> names (as StreamReader detects
    /// them), and its length; null when there is none.</summary>
    private static Encoding? ByteOrderMark(ReadOnlySpan<byte> bytes, out int length)
    {
        foreach (var encoding in MarkedEncodings)
        {
            var mark = encoding.Preamble;
            if (bytes.StartsWith(mark))
            {
                length = mark.Length;
                return encoding;
            }
        }
        length = 0;
        return null;
    }

    // UTF-32 LE before UTF-16 LE: its mark starts with the other's.
    private static readonly Encoding[] MarkedEncodings =
        [Encoding.UTF8, Encoding.UTF32, new UTF32Encoding(bigEndian: true, byteOrderMark: true), Encoding.Unicode, Encoding.BigEndianUnicode];

    /// <summary>Why the entry at <paramref name="path"/> must not be opened, or null. An entry of unknown kind is left to
    /// the opening, whose exception says why it cannot be read.</summary>
    private static ReadProblem? Inspect(string path, string? within)
    {
        var kind = FileStatus.KindOf(path);
        if (kind == FileKind.Missing)
        {
            return MissingFile;
        }
        if (kind == FileKind.SymbolicLink)
        {
            if (within is not null && FileStatus.RealPath(path) is { } target && !FileStatus.IsWithin(target, within))
            {
                return new ReadProblem(ReadProblemKind.OutsideFolder, $"a symbolic link to {target}, which is outside {within}; not followed");
            }
            kind = FileStatus.KindOfTarget(path);
        }
        return kind is FileKind.Regular or FileKind.Unknown or FileKind.Missing ? null : new ReadProblem(ReadProblemKind.NotRegular, $"not a regular file ({kind.Describe()})");
    }
}
