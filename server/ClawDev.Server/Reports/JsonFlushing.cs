using System.Text.Json;

namespace ClawDev.Server.Reports;

/// <summary>
/// A Utf8JsonWriter over a stream keeps everything written in memory until it is flushed: the JSON report of the
/// whole python3.11 tree (40 MB) sat whole in a growing buffer. The reports flush after each file instead.
/// </summary>
internal static class JsonFlushing
{
    private const int Threshold = 1 << 16;

    public static void FlushWhenFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= Threshold)
        {
            json.Flush();
        }
    }
}
