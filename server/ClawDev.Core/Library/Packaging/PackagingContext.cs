using ClawDev.Core.Configuration.Sources;

namespace ClawDev.Core.Library.Packaging;

/// <summary>What the packaging readers share: the project's configuration files, the file system under the root,
/// and the notes they leave for the user.</summary>
internal sealed class PackagingContext(ConfigFiles files)
{
    /// <summary>More entries than this in one folder are not looked at (a folder of data, not of packages).</summary>
    private const int MaxEntriesPerFolder = 2000;

    public ConfigFiles Files => files;

    public List<string> Notes { get; } = [];

    public TomlFile? Pyproject => files.Exists("pyproject.toml") ? files.Toml("pyproject.toml") : null;

    /// <summary>The [project] name (else poetry's) as an import name: lower case, '-' and '.' as '_'; null without one.</summary>
    public string? ImportNameOfProject()
    {
        var name = Pyproject?.Table("project") is { } project && project.TryGet("name", out var value) && value.Raw is string text ? text
            : Pyproject?.Table("tool", "poetry") is { } poetry && poetry.TryGet("name", out var poetryName) && poetryName.Raw is string poetryText ? poetryText
            : null;
        return name?.Trim().ToLowerInvariant().Replace('-', '_').Replace('.', '_');
    }

    public bool IsDirectory(string relative) => Directory.Exists(Absolute(relative));

    public bool IsFile(string relative) => File.Exists(Absolute(relative));

    /// <summary>A regular package: the folder holds an __init__.py.</summary>
    public bool IsRegularPackage(string relative) => IsFile(Join(relative, "__init__.py"));

    /// <summary>Whether a folder holds any Python file, directly or (one level down) in a sub-folder: what makes a
    /// namespace package worth calling one.</summary>
    public bool HoldsPython(string relative)
    {
        if (Entries(relative, directories: false).Any(IsPythonFile))
        {
            return true;
        }
        return Entries(relative, directories: true).Any(child => Entries(Join(relative, child), directories: false).Any(IsPythonFile));
    }

    /// <summary>The names of the sub-folders (or files) of a folder, sorted; empty when it cannot be read.</summary>
    public IReadOnlyList<string> Entries(string relative, bool directories)
    {
        try
        {
            var full = Absolute(relative);
            var names = (directories ? Directory.EnumerateDirectories(full) : Directory.EnumerateFiles(full))
                .Take(MaxEntriesPerFolder)
                .Select(Path.GetFileName)
                .OfType<string>()
                .ToList();
            names.Sort(StringComparer.Ordinal);
            return names;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return [];
        }
    }

    /// <summary>"a" + "b" → "a/b"; "" and "." stand for the root.</summary>
    public static string Join(string directory, string name)
    {
        directory = Normalize(directory);
        return directory.Length == 0 ? name : $"{directory}/{name}";
    }

    /// <summary>A configured path as a relative one: '/' separators, no "./", no trailing '/'; "." becomes "".</summary>
    public static string Normalize(string path)
    {
        path = path.Trim().Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }
        path = path.TrimEnd('/');
        return path == "." ? "" : path;
    }

    private static bool IsPythonFile(string name) => name.EndsWith(".py", StringComparison.Ordinal) || name.EndsWith(".pyi", StringComparison.Ordinal);

    private string Absolute(string relative) => Normalize(relative) is { Length: > 0 } path ? $"{files.Root}/{path}" : files.Root;
}
