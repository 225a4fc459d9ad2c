using ClawDev.Core.Analysis;

namespace ClawDev.Server.Reports;

/// <summary>What every format shows of a finding's place: 1-based, as editors and `path:line:col` links count.</summary>
internal static class ReportLocation
{
    public static int Line(Finding finding) => finding.Line + 1;

    public static int Column(Finding finding) => finding.Column + 1;

    /// <summary>Coverage percentages are shown with one decimal; JSON carries the same rounding.</summary>
    public static double RoundedPercent(double percent) => Math.Round(percent, 1, MidpointRounding.AwayFromZero);
}
