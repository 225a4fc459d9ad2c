namespace ClawDev.Core.Analysis;

/// <summary>
/// Documentation coverage in percent, the one rounding every output shows: one decimal, half away from zero (1 of 16
/// is 6.3%), 100 when nothing counts (as interrogate). Computed as round(1000·documented/total)/10 so that the
/// extension's <c>formatPercent</c>, which does the same arithmetic on the same doubles, cannot disagree.
/// </summary>
public static class CoveragePercent
{
    public static double Of(int documented, int total) =>
        total == 0 ? 100.0 : Math.Round(1000.0 * documented / total, MidpointRounding.AwayFromZero) / 10;
}
