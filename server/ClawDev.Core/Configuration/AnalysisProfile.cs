namespace ClawDev.Core.Configuration;

/// <summary>What a finding means, and so which findings are made.</summary>
public enum AnalysisProfile
{
    /// <summary>
    /// The repository configures docstring rules (ruff selecting D codes, a pydocstyle configuration): findings are
    /// exactly what its linter reports, on every file the linter checks.
    /// </summary>
    Pydocstyle,

    /// <summary>
    /// The repository configures no docstring rules (most AI libraries): findings are the gaps a maintainer would
    /// welcome a fix for — in the importable library only, with the repository's own documentation conventions
    /// counted as documentation, copied code reported at its origin, and parameter sections read in any style.
    /// </summary>
    Contribution,
}

/// <summary>The profile in force and why, for the report header and `clawdev config`.</summary>
/// <param name="Reason">e.g. "no tool configures docstring rules", "ruff selects D codes".</param>
/// <param name="Source">Where the choice comes from: a file and table, "command line", or "default".</param>
public sealed record ProfileChoice(AnalysisProfile Profile, string Reason, string Source)
{
    /// <summary>"contribution" or "pydocstyle", as written in <c>[tool.clawdev] profile</c> and <c>--profile</c>.</summary>
    public string Name => NameOf(Profile);

    public static string NameOf(AnalysisProfile profile) => profile == AnalysisProfile.Contribution ? "contribution" : "pydocstyle";

    /// <summary>The profile named <paramref name="name"/> (any case), or null.</summary>
    public static AnalysisProfile? Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "contribution" => AnalysisProfile.Contribution,
        "pydocstyle" => AnalysisProfile.Pydocstyle,
        _ => null,
    };
}

/// <summary>A documentation tool whose configuration the repository has, and what ClawDev makes of it.</summary>
/// <param name="Tool">"ruff", "pydocstyle", "interrogate", "clawdev".</param>
/// <param name="Source">The file and table, e.g. "pyproject.toml [tool.ruff]".</param>
/// <param name="Role">What it decides, e.g. "selects no D codes → not used", "decides the D codes".</param>
public sealed record ToolUse(string Tool, string Source, string Role);
