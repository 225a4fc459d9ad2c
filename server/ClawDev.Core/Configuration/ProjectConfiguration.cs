namespace ClawDev.Core.Configuration;

/// <summary>One active setting and the file (and table/section) it came from, for `clawdev config` and the scan header.</summary>
/// <param name="Key">e.g. "convention", "select", "ignore-decorators", "fail-under".</param>
/// <param name="Value">The value as the user wrote it, rendered as text.</param>
/// <param name="Source">Where it came from, e.g. "pyproject.toml [tool.ruff.lint.pydocstyle]", or "default".</param>
public sealed record ConfigSetting(string Key, string Value, string Source);

/// <summary>A repository's documentation-rule configuration, read from the files its own tooling reads.</summary>
public sealed class ProjectConfiguration
{
    /// <summary>Reads pyproject.toml, setup.cfg, tox.ini, .pydocstyle(.ini), .pydocstylerc(.ini) at <paramref name="rootDirectory"/>.
    /// Never throws for bad content: problems are reported in <see cref="Problems"/>.</summary>
    public static ProjectConfiguration Load(string rootDirectory) =>
        throw new NotImplementedException("owned by the configuration work");

    /// <summary>Settings for one file; <paramref name="relativePath"/> uses '/' separators, relative to the root.</summary>
    public FileSettings ForFile(string relativePath) =>
        throw new NotImplementedException("owned by the configuration work");

    /// <summary>Why this file is excluded from the scan (interrogate exclude, pydocstyle match/match-dir, [tool.clawdev] exclude), or null.</summary>
    public string? ExclusionReason(string relativePath) =>
        throw new NotImplementedException("owned by the configuration work");

    /// <summary>Every active setting with its origin.</summary>
    public IReadOnlyList<ConfigSetting> Settings { get; init; } = [];

    /// <summary>Configuration problems (unreadable TOML, unknown convention...), each a sentence for the user.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
