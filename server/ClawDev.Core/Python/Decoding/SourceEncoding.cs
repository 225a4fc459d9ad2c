namespace ClawDev.Core.Python.Decoding;

/// <summary>The encodings ClawDev decodes itself (InvariantGlobalization leaves .NET with UTF-8, Latin-1 and ASCII only).</summary>
internal enum SourceEncoding
{
    Utf8,
    Latin1,
    Ascii,
    Windows1252,
}

internal static class SourceEncodings
{
    public static string CanonicalName(this SourceEncoding encoding) => encoding switch
    {
        SourceEncoding.Utf8 => "utf-8",
        SourceEncoding.Latin1 => "iso-8859-1",
        SourceEncoding.Ascii => "ascii",
        _ => "cp1252",
    };

    /// <summary>
    /// Resolves a declared name the way CPython's tokenizer and codec registry do (case, '-' vs '_', the common
    /// aliases); null for an encoding that is not one of ours.
    /// </summary>
    public static SourceEncoding? Resolve(string declared)
    {
        var key = declared.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        if (key == "utf_8" || key.StartsWith("utf_8_", StringComparison.Ordinal))
        {
            return SourceEncoding.Utf8; // tokenize's _get_normal_name: "utf-8-sig" and friends are utf-8
        }
        if (key is "latin_1" or "iso_8859_1" or "iso_latin_1"
            || key.StartsWith("latin_1_", StringComparison.Ordinal)
            || key.StartsWith("iso_8859_1_", StringComparison.Ordinal)
            || key.StartsWith("iso_latin_1_", StringComparison.Ordinal))
        {
            return SourceEncoding.Latin1;
        }
        return key switch
        {
            "utf8" or "u8" or "utf" or "utf8_ucs2" or "utf8_ucs4" or "cp65001" => SourceEncoding.Utf8,
            "latin1" or "latin" or "l1" or "iso8859_1" or "8859" or "cp819" or "ibm819" or "iso_ir_100"
                or "csisolatin1" => SourceEncoding.Latin1,
            "ascii" or "us_ascii" or "646" or "us" or "cp367" or "ibm367" or "csascii" or "iso646_us" or "iso_ir_6"
                or "ansi_x3.4_1968" or "ansi_x3_4_1968" or "ansi_x3.4_1986" or "iso_646.irv_1991" => SourceEncoding.Ascii,
            "cp1252" or "windows_1252" => SourceEncoding.Windows1252,
            _ => null,
        };
    }
}
