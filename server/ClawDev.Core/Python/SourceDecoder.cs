namespace ClawDev.Core.Python;

/// <param name="Text">The decoded text (BOM removed).</param>
/// <param name="Encoding">The encoding used: "utf-8", or the PEP 263 declared one.</param>
/// <param name="Problem">A note for the user when bytes had to be replaced or the declared encoding is unknown.</param>
public sealed record DecodedSource(string Text, string Encoding, string? Problem);

/// <summary>Turns file bytes into text the way Python would: BOM, PEP 263 coding line, UTF-8 with replacement.</summary>
public static class SourceDecoder
{
    public static DecodedSource Decode(ReadOnlySpan<byte> bytes) =>
        throw new NotImplementedException("owned by the front-end work");

    /// <summary>True for content that is not text (a NUL byte in the first 8 KiB).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes) =>
        bytes[..Math.Min(bytes.Length, 8192)].IndexOf((byte)0) >= 0;
}
