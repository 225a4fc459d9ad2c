using ClawDev.Core.Configuration;

namespace ClawDev.Server.Reports;

/// <summary>The active settings and where each came from, as `clawdev config` and the scan header show them.</summary>
internal static class ConfigurationText
{
    public static void WriteSettings(TextWriter writer, IReadOnlyList<ConfigSetting> settings)
    {
        if (settings.Count == 0)
        {
            writer.Write("  (no settings)\n");
            return;
        }
        TextColumns.Write(writer, [.. settings.Select(s => new[] { s.Key, s.Value, $"({s.Source})" })]);
    }
}
