using ClawDev.Core.Configuration.Codes;
using ClawDev.Core.Configuration.Resolution;
using ClawDev.Core.Configuration.Sources;
using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Configuration.Tools.ClawDev;

/// <summary>ClawDev's own settings from pyproject.toml [tool.clawdev].</summary>
internal sealed record ClawDevOptions
{
    public static ClawDevOptions None { get; } = new();

    /// <summary>select/extend-select/ignore over D and CD codes, applied after the tool that decides the D codes.</summary>
    public RuleSelection? Selection { get; init; }

    public IReadOnlyList<PerFileIgnore> PerFileIgnores { get; init; } = [];

    public DocstringStyle? Style { get; init; }

    public ParameterOptions Parameters { get; init; } = ParameterOptions.Default;

    public IReadOnlyList<IExclusion> Exclusions { get; init; } = [];

    /// <summary>Overrides interrogate's fail-under.</summary>
    public double? FailUnder { get; init; }

    public long? MaxFileSize { get; init; }

    /// <summary>use-full-dunder-all: publicity from every static change to __all__, not pydocstyle's single assignment.</summary>
    public bool UseFullDunderAll { get; init; }

    /// <summary>d417-sphinx: D417 also checks Sphinx ":param x:" docstrings.</summary>
    public bool D417IncludesSphinx { get; init; }

    /// <summary>profile: the analysis profile chosen explicitly, or null to follow the repository's tools.</summary>
    public SourcedOption<AnalysisProfile>? Profile { get; init; }

    public IReadOnlyList<ConfigSetting> Settings { get; init; } = [];
}
