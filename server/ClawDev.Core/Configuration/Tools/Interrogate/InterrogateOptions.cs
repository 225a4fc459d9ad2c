using ClawDev.Core.Configuration.Resolution;
using ClawDev.Core.Configuration.Sources;

namespace ClawDev.Core.Configuration.Tools.Interrogate;

/// <summary>interrogate's configuration: what counts towards coverage, the threshold and the excluded paths.</summary>
/// <param name="Coverage">Coverage options; <see cref="CoverageOptions.FailUnder"/> is interrogate's (80 unless configured).</param>
/// <param name="Origin">The section read, e.g. "pyproject.toml [tool.interrogate]".</param>
internal sealed record InterrogateOptions(
    ConfigOrigin Origin,
    CoverageOptions Coverage,
    IReadOnlyList<IExclusion> Exclusions,
    IReadOnlyList<ConfigSetting> Settings);
