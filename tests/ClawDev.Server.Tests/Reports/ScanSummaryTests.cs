using ClawDev.Core.Analysis;
using ClawDev.Server.Cli;
using ClawDev.Server.Reports;
using ClawDev.Server.Tests.TestSupport;

namespace ClawDev.Server.Tests.Reports;

public class ScanSummaryTests
{
    [Fact]
    public void Findings_decide_the_exit_code_without_fail_under()
    {
        Assert.Equal(ExitCodes.Failed, new ScanSummary(SampleScans.WithFindings(), FailUnder: null).ExitCode);
        Assert.Equal(ExitCodes.Clean, new ScanSummary(SampleScans.Clean(), FailUnder: null).ExitCode);
    }

    [Theory]
    [InlineData(33.3, ExitCodes.Clean)]
    [InlineData(33.4, ExitCodes.Failed)]
    [InlineData(0, ExitCodes.Clean)]
    public void With_fail_under_coverage_as_shown_decides_the_exit_code(double failUnder, int expected)
    {
        // 2 of 6 documented: shown as 33.3%.
        var summary = new ScanSummary(SampleScans.WithFindings(), failUnder);

        Assert.Equal(33.3, summary.CoveragePercent);
        Assert.Equal(expected, summary.ExitCode);
    }

    [Fact]
    public void Below_fail_under_fails_even_without_findings()
    {
        var halfDocumented = SampleScans.Clean(new ModuleCoverage(4, 2, ["a", "b"]));

        var summary = new ScanSummary(halfDocumented, FailUnder: 75);

        Assert.Equal(ExitCodes.Failed, summary.ExitCode);
        Assert.Equal("No findings in 1 analysed file; documentation coverage 50.0% is below --fail-under 75.", summary.Line);
    }

    [Fact]
    public void The_line_counts_findings_and_the_files_holding_them()
    {
        Assert.Equal(
            "4 findings in 2 of 3 analysed files; documentation coverage 33.3%.",
            new ScanSummary(SampleScans.WithFindings(), FailUnder: null).Line);
    }
}
