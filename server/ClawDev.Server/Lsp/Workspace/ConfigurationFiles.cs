namespace ClawDev.Server.Lsp.Workspace;

/// <summary>The files a repository's documentation rules are read from (what ProjectConfiguration.Load reads).</summary>
internal static class ConfigurationFiles
{
    public static IReadOnlyList<string> Names { get; } =
        ["pyproject.toml", "ruff.toml", ".ruff.toml", "setup.cfg", "tox.ini", ".pydocstyle", ".pydocstyle.ini", ".pydocstylerc", ".pydocstylerc.ini"];

    /// <summary>The glob the client watches them with.</summary>
    public static string WatchPattern { get; } = "**/{" + string.Join(",", Names) + "}";

    public static bool IsConfigurationFile(string path) => Names.Contains(Path.GetFileName(path), StringComparer.Ordinal);
}
