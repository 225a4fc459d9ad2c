using ClawDev.Server.Reports;
using ClawDev.Server.Tests.TestSupport;

namespace ClawDev.Server.Tests.Reports;

public class TextReportTests
{
    [Fact]
    public void ShowsHeaderFindingsCoverageExclusionsNotesAndSummary()
    {
        var text = ReportText.Render(new TextReport(failUnder: null), SampleScans.WithFindings());

        Snapshot.Match("text-report-with-findings.txt", text);
    }

    [Fact]
    public void FindingLinesArePathLineColumnCodeMessageWithOneBasedPositions()
    {
        var lines = ReportText.Render(new TextReport(failUnder: null), SampleScans.WithFindings()).Split('\n');

        Assert.Contains("pkg/trainer.py:12:5: D102 Missing docstring in public method", lines);
        Assert.Contains("pkg/utils/ünïcode name.py:1:1: D100 Missing docstring in public module", lines);
    }

    [Fact]
    public void ACleanScanHasNoFindingLinesAndSaysSo()
    {
        var text = ReportText.Render(new TextReport(failUnder: 90), SampleScans.Clean());

        Snapshot.Match("text-report-clean.txt", text);
        Assert.DoesNotContain(": D1", text);
        Assert.EndsWith("No findings in 1 analysed file; documentation coverage 100.0% meets --fail-under 90.\n", text);
    }
}
