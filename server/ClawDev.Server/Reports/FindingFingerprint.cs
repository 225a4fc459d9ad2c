using System.Text;
using ClawDev.Core.Analysis;

namespace ClawDev.Server.Reports;

/// <summary>
/// A fingerprint that survives edits elsewhere in the file: it hashes where the gap is by name (path, rule,
/// symbol, parameters), not by line, so code scanning keeps one alert per gap across runs.
/// </summary>
internal static class FindingFingerprint
{
    public const string Key = "clawdevSymbol/v1";

    // FNV-1a, 64 bit: stable across runs, processes and platforms, unlike string.GetHashCode.
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static string Compute(string path, Finding finding)
    {
        var hash = OffsetBasis;
        hash = Add(hash, path);
        hash = Add(hash, finding.Code);
        hash = Add(hash, finding.Symbol);
        foreach (var parameter in finding.Parameters)
        {
            hash = Add(hash, parameter);
        }
        return hash.ToString("x16");
    }

    private static ulong Add(ulong hash, string part)
    {
        Span<byte> buffer = stackalloc byte[256];
        var bytes = Encoding.UTF8.GetMaxByteCount(part.Length) <= buffer.Length
            ? buffer[..Encoding.UTF8.GetBytes(part, buffer)]
            : Encoding.UTF8.GetBytes(part);
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * Prime;
        }
        // A separator that UTF-8 text never contains keeps ("ab","c") and ("a","bc") apart.
        return (hash ^ 0xFF) * Prime;
    }
}
