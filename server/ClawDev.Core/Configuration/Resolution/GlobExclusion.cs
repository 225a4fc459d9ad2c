using ClawDev.Core.Configuration.Paths;

namespace ClawDev.Core.Configuration.Resolution;

/// <summary>Exclude patterns with ruff's meaning (<c>FilePattern::User</c> and <c>is_file_excluded</c>): a pattern
/// excludes a file when it matches the absolute path of the file or of any directory above it (the pattern joined
/// to its configuration file's directory), or, for a pattern without '/', the name of any of them.</summary>
internal sealed class GlobExclusion : IExclusion
{
    private readonly GlobPattern _absolute;
    private readonly GlobPattern? _basename;
    private readonly string _describedAs;

    private GlobExclusion(GlobPattern absolute, GlobPattern? basename, string describedAs)
    {
        _absolute = absolute;
        _basename = basename;
        _describedAs = describedAs;
    }

    /// <param name="describedAs">How the reason names the option, e.g. "[tool.ruff] extend-exclude = ["docs"] in pyproject.toml".</param>
    public static GlobExclusion? Create(string pattern, string baseDirectory, string describedAs, out string? error)
    {
        // Compiling the pattern alone validates it and names it in errors as the user wrote it.
        var basename = GlobPattern.Create(pattern, out error);
        if (basename is null)
        {
            return null;
        }

        var absoluteGlob = pattern.StartsWith('/') ? LexicalPath.Absolute(pattern, "/") : LexicalPath.Absolute(pattern, LexicalPath.EscapeGlob(baseDirectory));
        var absolute = GlobPattern.Create(absoluteGlob, out error);
        return absolute is null ? null : new GlobExclusion(absolute, pattern.Contains('/') ? null : basename, describedAs);
    }

    /// <summary>Several patterns of one option, each described by the option and, when there are several, the pattern.</summary>
    public static IEnumerable<GlobExclusion> FromOption(Sources.SourcedOption<IReadOnlyList<string>> option, Sources.ProblemLog problems)
    {
        foreach (var pattern in option.Value)
        {
            var describedAs = option.Value.Count == 1 ? option.Describe() : $"{option.Origin.NameOf(option.Key)} pattern \"{pattern}\" in {option.Origin.FileName}";
            var exclusion = Create(pattern, option.Origin.Directory, describedAs, out var error);
            if (exclusion is null)
            {
                option.Report(problems, $"{error}; the pattern is ignored.");
                continue;
            }

            yield return exclusion;
        }
    }

    public string? Reason(FilePath file)
    {
        foreach (var step in file.FromRoot())
        {
            if (_absolute.IsMatch(step.Absolute) || (_basename?.IsMatch(step.Name) ?? false))
            {
                return $"excluded by {_describedAs}";
            }
        }

        return null;
    }
}
