namespace ClawDev.Core.Python.Decoding;

/// <summary>Latin-1, ASCII and Windows-1252 decoding by table; bytes the encoding does not define become U+FFFD.</summary>
internal static class SingleByteDecoder
{
    private const char Undefined = '\uFFFD';

    // Windows-1252 differs from Latin-1 only in 0x80–0x9F; five of those bytes are undefined (strict in Python).
    private static readonly char[] Windows1252High =
    [
        '\u20AC', Undefined, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', Undefined, '\u017D', Undefined,
        Undefined, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', Undefined, '\u017E', '\u0178',
    ];

    /// <param name="firstUndefined">Offset of the first byte the encoding does not define, or -1.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, SourceEncoding encoding, out int firstUndefined)
    {
        var undefinedAt = -1;
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var c = Map(bytes[i], encoding);
            if (c == Undefined && undefinedAt < 0)
            {
                undefinedAt = i;
            }
            chars[i] = c;
        }
        firstUndefined = undefinedAt;
        return new string(chars);
    }

    private static char Map(byte b, SourceEncoding encoding) => encoding switch
    {
        _ when b < 0x80 => (char)b,
        SourceEncoding.Ascii => Undefined,
        SourceEncoding.Windows1252 when b < 0xA0 => Windows1252High[b - 0x80],
        _ => (char)b,
    };
}
