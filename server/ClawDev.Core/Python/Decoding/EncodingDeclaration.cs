namespace ClawDev.Core.Python.Decoding;

/// <summary>A PEP 263 coding declaration: <c># -*- coding: latin-1 -*-</c> on line 1 or 2.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Line">0-based line of the declaration.</param>
internal sealed record EncodingDeclaration(string Name, int Line)
{
    /// <summary>
    /// Finds the declaration as CPython does: <c>^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)</c> on the first line, or
    /// on the second when the first is blank or a comment.
    /// </summary>
    public static EncodingDeclaration? Find(ReadOnlySpan<byte> bytes)
    {
        var first = FirstLine(bytes, out var rest);
        if (NameIn(first) is { } name)
        {
            return new EncodingDeclaration(name, 0);
        }
        if (!IsBlankOrComment(first))
        {
            return null;
        }
        return NameIn(FirstLine(rest, out _)) is { } second ? new EncodingDeclaration(second, 1) : null;
    }

    private static ReadOnlySpan<byte> FirstLine(ReadOnlySpan<byte> bytes, out ReadOnlySpan<byte> rest)
    {
        var end = bytes.IndexOfAny((byte)'\r', (byte)'\n');
        if (end < 0)
        {
            rest = [];
            return bytes;
        }
        var next = end + (bytes[end] == '\r' && end + 1 < bytes.Length && bytes[end + 1] == '\n' ? 2 : 1);
        rest = bytes[next..];
        return bytes[..end];
    }

    private static int SkipIndentation(ReadOnlySpan<byte> line)
    {
        var i = 0;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t' or (byte)'\f')
        {
            i++;
        }
        return i;
    }

    private static bool IsBlankOrComment(ReadOnlySpan<byte> line)
    {
        var i = SkipIndentation(line);
        return i == line.Length || line[i] == '#';
    }

    private static string? NameIn(ReadOnlySpan<byte> line)
    {
        var hash = SkipIndentation(line);
        if (hash == line.Length || line[hash] != '#')
        {
            return null;
        }
        var search = line[(hash + 1)..];
        while (true)
        {
            var at = search.IndexOf("coding"u8);
            if (at < 0)
            {
                return null;
            }
            search = search[(at + "coding".Length)..];
            if (search.IsEmpty || search[0] is not ((byte)':' or (byte)'='))
            {
                continue;
            }
            var name = search[1..];
            var skip = name.IndexOfAnyExcept((byte)' ', (byte)'\t');
            name = skip < 0 ? [] : name[skip..];
            var length = 0;
            while (length < name.Length && IsNameByte(name[length]))
            {
                length++;
            }
            if (length > 0)
            {
                return System.Text.Encoding.ASCII.GetString(name[..length]);
            }
        }
    }

    private static bool IsNameByte(byte b) => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.';
}
