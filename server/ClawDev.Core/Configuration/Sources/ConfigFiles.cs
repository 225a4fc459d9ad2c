using ClawDev.Core.Configuration.Paths;
using ClawDev.Core.FileSystem;

namespace ClawDev.Core.Configuration.Sources;

/// <summary>Reads and parses the configuration files of one project root, each at most once per reading mode.</summary>
internal sealed class ConfigFiles
{
    /// <summary>Configuration files are small; anything larger is not one.</summary>
    private const long MaxConfigFileBytes = 4 * 1024 * 1024;

    private readonly Dictionary<string, TomlFile?> _toml = new(StringComparer.Ordinal);
    // One cache per reading mode: keyed by a (path, mode) tuple, the dictionary's code was compiled at every start.
    private readonly Dictionary<string, IniFile?> _ini = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IniFile?> _iniWithInlineComments = new(StringComparer.Ordinal);

    /// <param name="root">The project root, absolute, with '/' separators.</param>
    public ConfigFiles(string root, ProblemLog problems)
    {
        Root = root;
        Problems = problems;
    }

    /// <summary>The project root, absolute, with '/' separators.</summary>
    public string Root { get; }

    public ProblemLog Problems { get; }

    public bool Exists(string path) => File.Exists(Absolute(path));

    /// <summary>The TOML file at <paramref name="path"/> (relative to the root, or absolute), or null when it is
    /// missing, unreadable or invalid (the last two are reported).</summary>
    public TomlFile? Toml(string path)
    {
        var absolute = Absolute(path);
        if (!_toml.TryGetValue(absolute, out var file))
        {
            file = ReadText(absolute) is { } text ? TomlFile.Parse(text, DisplayName(absolute), DirectoryOf(absolute), Problems) : null;
            _toml[absolute] = file;
        }

        return file;
    }

    /// <inheritdoc cref="Toml"/>
    public IniFile? Ini(string path, bool inlineComments)
    {
        var absolute = Absolute(path);
        var parsed = inlineComments ? _iniWithInlineComments : _ini;
        if (!parsed.TryGetValue(absolute, out var file))
        {
            file = ReadText(absolute) is { } text ? IniFile.Parse(text, DisplayName(absolute), DirectoryOf(absolute), inlineComments, Problems) : null;
            parsed[absolute] = file;
        }

        return file;
    }

    /// <summary>The plain text of the file at <paramref name="path"/> (a Makefile, pre-commit's YAML), read only to
    /// look for a command in it; null when it is missing or unreadable (the latter reported).</summary>
    public string? Text(string path) => ReadText(Absolute(path));

    private string Absolute(string path) => LexicalPath.Absolute(path, Root);

    private static string DirectoryOf(string absolute) => absolute[..Math.Max(absolute.LastIndexOf('/'), 1)];

    /// <summary>"pyproject.toml" for files in the root; otherwise the path relative to the root, e.g. "../ruff.toml".</summary>
    private string DisplayName(string absolute) => Path.GetRelativePath(Root, absolute).Replace('\\', '/');

    private string? ReadText(string absolute)
    {
        var text = BoundedFile.ReadText(absolute, MaxConfigFileBytes, out var problem);
        if (problem is not null && problem.Kind != ReadProblemKind.Missing)
        {
            Problems.Add(DisplayName(absolute), null, $"{Described(problem)}; it is ignored.");
        }
        return text;
    }

    private static string Described(ReadProblem problem) => problem.Kind switch
    {
        ReadProblemKind.TooLarge => $"is too large for a configuration file ({problem.Message})",
        ReadProblemKind.NotRegular => $"is {problem.Message}",
        _ => $"cannot be read ({problem.Message})",
    };
}
