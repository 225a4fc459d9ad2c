using System.Globalization;

namespace ClawDev.Core.Workspace;

/// <summary>File sizes for people: "2 MiB", "512 KiB", "1.5 MiB", "300 bytes".</summary>
public static class ByteSize
{
    private const long KiB = 1024;
    private const long MiB = 1024 * KiB;
    private const long GiB = 1024 * MiB;

    public static string Format(long bytes) => bytes switch
    {
        >= GiB => Scaled(bytes, GiB, "GiB"),
        >= MiB => Scaled(bytes, MiB, "MiB"),
        >= KiB => Scaled(bytes, KiB, "KiB"),
        1 => "1 byte",
        _ => $"{bytes} bytes",
    };

    /// <summary>Parses "2097152", "512K", "512KiB", "2M", "2MiB", "1G" (binary units, any case).</summary>
    public static bool TryParse(string text, out long bytes)
    {
        var span = text.AsSpan().Trim();
        var unit = 1L;
        var suffixStart = span.IndexOfAnyExcept("0123456789");
        if (suffixStart >= 0)
        {
            unit = span[suffixStart..].ToString().ToUpperInvariant() switch
            {
                "K" or "KB" or "KIB" => KiB,
                "M" or "MB" or "MIB" => MiB,
                "G" or "GB" or "GIB" => GiB,
                "B" => 1,
                _ => 0,
            };
            span = span[..suffixStart].TrimEnd();
        }
        if (unit == 0 || !long.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > long.MaxValue / unit)
        {
            bytes = 0;
            return false;
        }
        bytes = count * unit;
        return true;
    }

    private static string Scaled(long bytes, long unit, string name)
    {
        var value = (double)bytes / unit;
        return value.ToString(value == Math.Floor(value) ? "0" : "0.#", CultureInfo.InvariantCulture) + " " + name;
    }
}
