using ClawDev.Server.Reports;
using ClawDev.Server.Tests.TestSupport;

namespace ClawDev.Server.Tests.Reports;

public class TextReportTests
{
    [Fact]
    public void Shows_header_findings_coverage_exclusions_notes_and_summary()
    {
        var text = ReportText.Render(new TextReport(failUnder: null, coverageTable: true), SampleScans.WithFindings());

        Snapshot.Match("text-report-with-findings.txt", text);
    }

    [Fact]
    public void Findings_lead_with_the_most_exposed_and_the_coverage_table_is_optional()
    {
        var lines = ReportText.Render(new TextReport(failUnder: null, coverageTable: false), SampleScans.WithFindings()).Split('\n');

        var rendered = Array.IndexOf(lines, "Rendered on the documentation pages:");
        var exported = Array.IndexOf(lines, "Exported by the package:");
        var publicHeading = Array.IndexOf(lines, "Public:");
        Assert.True(rendered >= 0 && rendered < exported && exported < publicHeading, string.Join('\n', lines));
        Assert.Equal("pkg/trainer.py:12:5: D102 Missing docstring in public method", lines[rendered + 1]);
        Assert.Equal("pkg/trainer.py:31:1: D103 Missing docstring in public function", lines[exported + 1]);
        Assert.DoesNotContain("Coverage:", lines);
        Assert.Contains("Findings by exposure: rendered 1, exported 1, public 2; by code: D100 1, D102 1, D103 1, D417 1.", lines);
    }

    [Fact]
    public void Finding_lines_are_path_line_column_code_message_with_one_based_positions()
    {
        var lines = ReportText.Render(new TextReport(failUnder: null, coverageTable: false), SampleScans.WithFindings()).Split('\n');

        Assert.Contains("pkg/trainer.py:12:5: D102 Missing docstring in public method", lines);
        Assert.Contains("pkg/utils/ünïcode name.py:1:1: D100 Missing docstring in public module", lines);
    }

    [Fact]
    public void A_clean_scan_has_no_finding_lines_and_says_so()
    {
        var text = ReportText.Render(new TextReport(failUnder: 90, coverageTable: true), SampleScans.Clean());

        Snapshot.Match("text-report-clean.txt", text);
        Assert.DoesNotContain(": D1", text);
        Assert.EndsWith("No findings in 1 analysed file; documentation coverage 100.0% meets --fail-under 90.\n", text);
    }
}
