using ClawDev.Core.Configuration.Resolution;

namespace ClawDev.Core.Configuration.Tools.Interrogate;

/// <summary>interrogate's configuration: what counts towards coverage, the threshold and the excluded paths.</summary>
/// <param name="Coverage">Coverage options; <see cref="CoverageOptions.FailUnder"/> is interrogate's (80 unless configured).</param>
internal sealed record InterrogateOptions(
    CoverageOptions Coverage,
    IReadOnlyList<IExclusion> Exclusions,
    IReadOnlyList<ConfigSetting> Settings);
