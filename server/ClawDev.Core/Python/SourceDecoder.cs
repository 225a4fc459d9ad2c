using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ClawDev.Core.Python.Decoding;

namespace ClawDev.Core.Python;

/// <param name="Text">The decoded text (BOM removed).</param>
/// <param name="Encoding">The encoding used: "utf-8", or the PEP 263 declared one.</param>
/// <param name="Problem">A note for the user when bytes had to be replaced or the declared encoding is unknown.</param>
public sealed record DecodedSource(string Text, string Encoding, string? Problem);

/// <summary>Turns file bytes into text the way Python would: BOM, PEP 263 coding line, UTF-8 with replacement.</summary>
public static class SourceDecoder
{
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Where the program starts in text that may still hold its byte order mark (an editor sends a document as it
    /// is): after the mark, which CPython does not read as part of the program.
    /// </summary>
    public static int ProgramStart(string text) => text.StartsWith('\uFEFF') ? 1 : 0;

    /// <summary>Never throws: bytes that cannot be decoded become U+FFFD and the result carries a problem sentence.</summary>
    public static DecodedSource Decode(ReadOnlySpan<byte> bytes)
    {
        var hasBom = bytes.StartsWith(Utf8ByteOrderMark);
        if (hasBom)
        {
            bytes = bytes[3..];
        }
        var declaration = EncodingDeclaration.Find(bytes);
        if (declaration is null)
        {
            return DecodeUtf8(bytes, problem: null);
        }
        var where = $"line {declaration.Line + 1} declares encoding '{declaration.Name}'";
        if (SourceEncodings.Resolve(declaration.Name) is not { } encoding)
        {
            return DecodeUtf8(bytes, $"{where}, which ClawDev cannot decode; the file was read as UTF-8.");
        }
        if (hasBom && encoding != SourceEncoding.Utf8)
        {
            return DecodeUtf8(bytes, $"{where} but the file starts with a UTF-8 byte order mark; the file was read as UTF-8.");
        }
        if (encoding == SourceEncoding.Utf8)
        {
            return DecodeUtf8(bytes, problem: null);
        }
        var text = SingleByteDecoder.Decode(bytes, encoding, out var undefined);
        var name = encoding.CanonicalName();
        return new DecodedSource(text, name, undefined < 0
            ? null
            : $"byte 0x{bytes[undefined]:X2} at line {LineOf(bytes, undefined)} is not valid {name}; undecodable bytes were replaced with U+FFFD.");
    }

    /// <summary>True for content that is not text (a NUL byte in the first 8 KiB).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes) =>
        bytes[..Math.Min(bytes.Length, 8192)].IndexOf((byte)0) >= 0;

    private static DecodedSource DecodeUtf8(ReadOnlySpan<byte> bytes, string? problem)
    {
        if (Utf8.IsValid(bytes))
        {
            return new DecodedSource(Encoding.UTF8.GetString(bytes), "utf-8", problem);
        }
        var invalidAt = FirstInvalidUtf8(bytes);
        var note = $"the file is not valid UTF-8 (first invalid byte 0x{bytes[invalidAt]:X2} at line {LineOf(bytes, invalidAt)}); invalid bytes were replaced with U+FFFD.";
        return new DecodedSource(Encoding.UTF8.GetString(bytes), "utf-8", problem is null ? note : $"{problem} {note}");
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        Span<char> scratch = stackalloc char[1024];
        var offset = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status != OperationStatus.DestinationTooSmall)
            {
                return offset;
            }
        }
    }

    /// <summary>1-based line of a byte offset, for messages.</summary>
    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}
