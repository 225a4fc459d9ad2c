using System.Globalization;
using ClawDev.Core.Workspace;
using ClawDev.Server.Cli;

namespace ClawDev.Server.Reports;

/// <summary>The one-line verdict of a scan and the exit code that goes with it.</summary>
/// <param name="FailUnder">--fail-under: when given, coverage decides the exit code instead of findings.</param>
public sealed record ScanSummary(WorkspaceScan Scan, double? FailUnder)
{
    public double CoveragePercent => Scan.TotalCoverage.Percent;

    /// <summary>Compared as shown (one decimal), so "80.0%" never fails "--fail-under 80".</summary>
    public bool IsBelowFailUnder => FailUnder is { } threshold && CoveragePercent < threshold;

    public int ExitCode => FailUnder is not null
        ? (IsBelowFailUnder ? ExitCodes.Failed : ExitCodes.Clean)
        : (Scan.FindingCount > 0 ? ExitCodes.Failed : ExitCodes.Clean);

    public string Line
    {
        get
        {
            var findings = Scan.FindingCount;
            var filesWithFindings = Scan.Files.Count(f => f.Findings.Count > 0);
            var analysed = Plural(Scan.Files.Count, "analysed file");
            var verdict = findings == 0
                ? $"No findings in {analysed}"
                : $"{Plural(findings, "finding")} in {filesWithFindings} of {analysed}";
            var coverage = string.Format(CultureInfo.InvariantCulture, "documentation coverage {0:0.0}%", CoveragePercent);
            var threshold = FailUnder is { } minimum
                ? string.Format(CultureInfo.InvariantCulture, IsBelowFailUnder ? " is below --fail-under {0}" : " meets --fail-under {0}", minimum)
                : "";
            return $"{verdict}; {coverage}{threshold}.";
        }
    }

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
