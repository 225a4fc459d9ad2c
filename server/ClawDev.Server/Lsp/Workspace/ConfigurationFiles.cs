using ClawDev.Core.Configuration;

namespace ClawDev.Server.Lsp.Workspace;

/// <summary>The glob the client watches a repository's configuration files with (<see cref="ProjectRoot"/>).</summary>
internal static class ConfigurationFiles
{
    public static string WatchPattern { get; } = "**/{" + string.Join(",", ProjectRoot.ConfigurationFileNames.Concat(ProjectRoot.FormattingFileNames)) + "}";
}
