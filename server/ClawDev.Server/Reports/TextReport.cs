using System.Globalization;
using System.Text;
using ClawDev.Core.Analysis;
using ClawDev.Core.Workspace;

namespace ClawDev.Server.Reports;

/// <summary>
/// The report for people: a header (root, file counts, configuration), `path:line:col: CODE message` lines,
/// an interrogate-like coverage table, what was excluded or skipped and why, and a one-line summary.
/// </summary>
public sealed class TextReport(double? failUnder) : IScanReport
{
    public void Write(WorkspaceScan scan, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        WriteHeader(writer, scan);
        WriteFindings(writer, scan);
        WriteCoverage(writer, scan);
        WriteExclusionsAndNotes(writer, scan);
        writer.Write('\n');
        writer.Write(new ScanSummary(scan, failUnder).Line);
        writer.Write('\n');
    }

    private static void WriteHeader(TextWriter writer, WorkspaceScan scan)
    {
        writer.Write(TerminalText.Of($"clawdev scan {scan.Root}\n"));
        writer.Write(
            $"Files: {scan.FilesFound} found, {scan.Files.Count} analysed, {scan.Excluded.Count} excluded, {scan.SkippedCount} skipped (listed by {scan.ListingMethod})\n");
        writer.Write($"Docstring style: {DocstringStyleText.Describe(scan.DocstringStyles)}\n");
        writer.Write("Configuration:\n");
        ConfigurationText.WriteSettings(writer, scan.Settings);
    }

    private static void WriteFindings(TextWriter writer, WorkspaceScan scan)
    {
        if (scan.FindingCount == 0)
        {
            return;
        }
        writer.Write('\n');
        foreach (var file in scan.Files)
        {
            foreach (var finding in file.Findings)
            {
                writer.Write(TerminalText.Escape(file.RelativePath));
                writer.Write(':');
                writer.Write(ReportLocation.Line(finding));
                writer.Write(':');
                writer.Write(ReportLocation.Column(finding));
                writer.Write(": ");
                writer.Write(finding.Code);
                writer.Write(' ');
                writer.Write(TerminalText.Escape(finding.Message));
                writer.Write('\n');
            }
        }
    }

    private static void WriteCoverage(TextWriter writer, WorkspaceScan scan)
    {
        if (scan.Files.Count == 0)
        {
            return;
        }
        var rows = new List<string[]>(scan.Files.Count + 1);
        rows.AddRange(scan.Files.Select(f => CoverageRow(TerminalText.Escape(f.RelativePath), f.Coverage)));
        var total = CoverageRow("TOTAL", scan.TotalCoverage);
        string[] heading = ["Name", "Total", "Miss", "Cover", "Cover%"];
        var widths = heading.Select((h, i) => Math.Max(h.Length, Math.Max(total[i].Length, rows.Max(r => r[i].Length)))).ToArray();

        writer.Write("\nCoverage:\n");
        WriteRow(writer, heading, widths);
        WriteRule(writer, widths);
        foreach (var row in rows)
        {
            WriteRow(writer, row, widths);
        }
        WriteRule(writer, widths);
        WriteRow(writer, total, widths);
    }

    private static string[] CoverageRow(string name, ModuleCoverage coverage) =>
    [
        name,
        coverage.Total.ToString(CultureInfo.InvariantCulture),
        (coverage.Total - coverage.Documented).ToString(CultureInfo.InvariantCulture),
        coverage.Documented.ToString(CultureInfo.InvariantCulture),
        ReportLocation.RoundedPercent(coverage.Percent).ToString("0.0", CultureInfo.InvariantCulture) + "%",
    ];

    // The name column is left-aligned, the numbers right-aligned, as in interrogate's table.
    private static void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        writer.Write("| ");
        writer.Write(cells[0].PadRight(widths[0]));
        for (var i = 1; i < cells.Length; i++)
        {
            writer.Write(" | ");
            writer.Write(cells[i].PadLeft(widths[i]));
        }
        writer.Write(" |\n");
    }

    private static void WriteRule(TextWriter writer, int[] widths)
    {
        foreach (var width in widths)
        {
            writer.Write('|');
            writer.Write(new string('-', width + 2));
        }
        writer.Write("|\n");
    }

    private static void WriteExclusionsAndNotes(TextWriter writer, WorkspaceScan scan)
    {
        if (scan.Excluded.Count > 0)
        {
            writer.Write("\nExcluded by configuration:\n");
            TextColumns.Write(writer, [.. scan.Excluded.Select(e => new[] { TerminalText.Escape(e.Path), TerminalText.Escape(e.Reason) })]);
        }
        if (scan.Notes.Count > 0)
        {
            writer.Write("\nNotes:\n");
            foreach (var note in scan.Notes)
            {
                writer.Write("  ");
                writer.Write(TerminalText.Escape(note.ToString()));
                writer.Write('\n');
            }
        }
    }
}
