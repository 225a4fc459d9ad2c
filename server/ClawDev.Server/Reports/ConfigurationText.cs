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
        // Values can be long (ruff's default exclude list), so only the keys are aligned.
        var keyWidth = settings.Max(s => TerminalText.Escape(s.Key).Length);
        foreach (var setting in settings)
        {
            writer.Write(TerminalText.Of($"  {TerminalText.Escape(setting.Key).PadRight(keyWidth)}  {setting.Value}  ({setting.Source})\n"));
        }
    }
}
