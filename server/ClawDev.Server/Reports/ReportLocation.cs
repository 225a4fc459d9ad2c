using ClawDev.Core.Analysis;

namespace ClawDev.Server.Reports;

/// <summary>What every format shows of a finding's place: 1-based, as editors and `path:line:col` links count.</summary>
internal static class ReportLocation
{
    public static int Line(Finding finding) => finding.Line + 1;

    public static int Column(Finding finding) => finding.Column + 1;
}
