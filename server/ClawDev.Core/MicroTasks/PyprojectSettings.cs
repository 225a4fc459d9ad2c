using ClawDev.Core.Configuration.Sources;

namespace ClawDev.Core.MicroTasks;

/// <summary>The pyproject.toml settings that point at micro-tasks, with the line of each value.</summary>
/// <param name="PydoclintBaseline">[tool.pydoclint] baseline, or null.</param>
/// <param name="NumpydocExcludes">[tool.numpydoc_validation] exclude: each pattern and its 1-based line.</param>
internal sealed record PyprojectSettings(string? PydoclintBaseline, IReadOnlyList<(string Pattern, int Line)> NumpydocExcludes)
{
    public static readonly PyprojectSettings Empty = new(null, []);

    /// <summary>Reads the settings with the configuration's TOML reader; a file that is not valid TOML gives
    /// <see cref="Empty"/> and a note.</summary>
    public static PyprojectSettings Read(string text, string repositoryRoot, List<string> notes)
    {
        var problems = new ProblemLog();
        var file = TomlFile.Parse(text, "pyproject.toml", repositoryRoot, problems);
        notes.AddRange(problems.Problems);
        if (file is null)
        {
            return Empty;
        }
        var baseline = file.Table("tool", "pydoclint") is { } pydoclint && pydoclint.TryGet("baseline", out var path) ? path.Raw as string : null;
        IReadOnlyList<(string, int)> excludes =
            file.Table("tool", "numpydoc_validation") is { } numpydoc && numpydoc.TryGet("exclude", out var exclude) && exclude.Raw is TomlArrayValue patterns
                ? [.. patterns.Zip(patterns.Lines).Where(entry => entry.First is string).Select(entry => ((string)entry.First, entry.Second))]
                : [];
        return new PyprojectSettings(baseline, excludes);
    }
}
