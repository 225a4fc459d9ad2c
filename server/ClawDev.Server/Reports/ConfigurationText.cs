using ClawDev.Core.Configuration;
using ClawDev.Core.Library;

namespace ClawDev.Server.Reports;

/// <summary>The active settings and where each came from, as `clawdev config` and the scan header show them.</summary>
internal static class ConfigurationText
{
    /// <summary>"Profile: …", "Library: …" and the tools found, each with what it decides.</summary>
    public static void WriteProfile(TextWriter writer, ProfileChoice profile, LibraryScope? scope, IReadOnlyList<ToolUse> tools)
    {
        writer.Write(TerminalText.Of($"Profile: {profile.Name} ({profile.Reason}; {profile.Source})\n"));
        if (scope is not null && profile.Profile == AnalysisProfile.Contribution)
        {
            var packages = scope.Roots.Count == 0 ? "no package found" : string.Join(", ", scope.Roots.Select(root => $"{root.Name} ({(root.IsWholeFolder ? "." : root.Path)})").Order(StringComparer.Ordinal));
            writer.Write(TerminalText.Of($"Library: {packages}, found by {scope.FoundBy}\n"));
        }
        if (tools.Count == 0)
        {
            writer.Write("Tools: none of ruff, pydocstyle, interrogate or [tool.clawdev] is configured\n");
            return;
        }
        writer.Write("Tools:\n");
        TextColumns.Write(writer, [.. tools.Select(tool => new[] { tool.Tool, TerminalText.Of($"{tool.Source}: {tool.Role}") })]);
    }

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
