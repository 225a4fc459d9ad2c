using ClawDev.Core.Configuration.Paths;

namespace ClawDev.Core.Configuration.Resolution;

/// <summary>What the tool in charge of the D codes (ruff, pydocstyle, or ClawDev's defaults) says about them.</summary>
internal sealed record DocstringProfile
{
    /// <summary>"ruff", "pydocstyle" or "ClawDev defaults".</summary>
    public required string Tool { get; init; }

    /// <summary>The file and table whose settings decide, e.g. "pyproject.toml [tool.ruff.lint]", or "default".</summary>
    public required string DecidedBy { get; init; }

    public required IReadOnlySet<string> Codes { get; init; }

    public Convention Convention { get; init; } = Convention.None;

    public ConfigRegex? IgnoreDecorators { get; init; }

    /// <summary>Null for pydocstyle's default, which <see cref="FileSettings.PropertyDecorators"/> holds.</summary>
    public IReadOnlySet<string>? PropertyDecorators { get; init; }

    public bool IgnoreVarParameters { get; init; }

    public bool IgnoreSelfOnlyInit { get; init; }

    public IReadOnlyList<PerFileIgnore> PerFileIgnores { get; init; } = [];

    public IReadOnlyList<IExclusion> Exclusions { get; init; } = [];

    /// <summary>The settings this profile rests on, with their origins.</summary>
    public IReadOnlyList<ConfigSetting> Settings { get; init; } = [];
}
