namespace ClawDev.Core.Configuration;

/// <summary>Where a repository's configuration is read from (<see cref="ProjectConfiguration.Load"/>), and which
/// directory a file on its own is judged from.</summary>
public static class ProjectRoot
{
    /// <summary>The files the documentation rules, the profile and the library are read from.</summary>
    public static IReadOnlyList<string> ConfigurationFileNames { get; } =
        ["pyproject.toml", "ruff.toml", ".ruff.toml", "setup.cfg", "tox.ini", ".pydocstyle", ".pydocstyle.ini", ".pydocstylerc", ".pydocstylerc.ini", ".pep257"];

    /// <summary>Files read for how the docstrings are restyled (doc-builder's <c>make style</c>, pre-commit hooks), but
    /// no mark of a root: a docs/Makefile does not make docs/ a project.</summary>
    public static IReadOnlyList<string> FormattingFileNames { get; } = ["Makefile", ".pre-commit-config.yaml"];

    /// <summary>Whether a change to this file changes what the configuration says.</summary>
    public static bool IsConfigurationFile(string path) =>
        ConfigurationFileNames.Contains(Path.GetFileName(path), StringComparer.Ordinal) || FormattingFileNames.Contains(Path.GetFileName(path), StringComparer.Ordinal);

    /// <summary>
    /// The directory a file is judged from, as ruff finds its settings: the nearest directory at or above the file's
    /// that holds a configuration file or setup.py, else the repository's top (a .git entry), else the file's own.
    /// </summary>
    public static string Of(string fullFilePath)
    {
        var own = Path.GetDirectoryName(fullFilePath) ?? fullFilePath;
        string? repositoryTop = null;
        for (var directory = own; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (ConfigurationFileNames.Append("setup.py").Any(name => File.Exists(Path.Combine(directory, name))))
            {
                return directory;
            }
            if (repositoryTop is null && Path.Exists(Path.Combine(directory, ".git")))
            {
                repositoryTop = directory;
                break;
            }
        }
        return repositoryTop ?? own;
    }
}
