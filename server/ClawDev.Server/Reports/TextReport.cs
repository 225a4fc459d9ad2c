using System.Globalization;
using System.Text;
using ClawDev.Core.Analysis;
using ClawDev.Core.Library;
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
        writer.Write($"clawdev scan {scan.Root}\n");
        writer.Write(
            $"Files: {scan.FilesFound} found, {scan.Files.Count} analysed, {scan.Excluded.Count} excluded, {scan.SkippedCount} skipped (listed by {scan.ListingMethod})\n");
        ConfigurationText.WriteProfile(writer, scan.Profile, scan.Scope, scan.Tools);
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
                writer.Write(file.RelativePath);
                writer.Write(':');
                writer.Write(ReportLocation.Line(finding));
                writer.Write(':');
                writer.Write(ReportLocation.Column(finding));
                writer.Write(": ");
                writer.Write(finding.Code);
                writer.Write(' ');
                writer.Write(finding.Message);
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
        rows.AddRange(scan.Files.Select(f => CoverageRow(f.RelativePath, f.Coverage)));
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

    /// <summary>Excluded files by category: those the configuration excludes one by one (the user chose each), the
    /// others by folder with counts (a whole tests/ folder is one line, not a thousand).</summary>
    private static void WriteExclusions(TextWriter writer, IReadOnlyList<ExcludedFile> excluded)
    {
        if (excluded.Count == 0)
        {
            return;
        }
        writer.Write($"\nExcluded and why ({ScanSummary.Plural(excluded.Count, "file")}):\n");
        foreach (var group in excluded.GroupBy(file => file.Category).OrderBy(group => group.Key))
        {
            var files = group.ToList();
            writer.Write($"  {ExclusionCategories.Describe(group.Key)} ({files.Count}):\n");
            if (files.Count <= MaxFoldersListed || group.Key == ExclusionCategory.Configuration)
            {
                TextColumns.Write(writer, [.. files.Select(file => new[] { file.Path, file.Reason })], indent: "    ");
                continue;
            }
            var folders = files.GroupBy(file => FolderOf(file.Path)).OrderByDescending(folder => folder.Count()).ThenBy(folder => folder.Key, StringComparer.Ordinal).ToList();
            var rows = folders.Take(MaxFoldersListed).Select(folder => new[] { folder.Key, ScanSummary.Plural(folder.Count(), "file"), folder.First().Reason }).ToList();
            if (folders.Count > MaxFoldersListed)
            {
                rows.Add([$"… {folders.Count - MaxFoldersListed} more", ScanSummary.Plural(folders.Skip(MaxFoldersListed).Sum(folder => folder.Count()), "file"), ""]);
            }
            TextColumns.Write(writer, rows, indent: "    ");
        }
    }

    private const int MaxFoldersListed = 8;

    /// <summary>The folder a file is counted under: its first two levels ("tests/models/"), or the file at the root.</summary>
    private static string FolderOf(string path)
    {
        var parts = path.Split('/');
        return parts.Length == 1 ? path : string.Join('/', parts.Take(Math.Min(2, parts.Length - 1))) + "/";
    }

    private static void WriteExclusionsAndNotes(TextWriter writer, WorkspaceScan scan)
    {
        WriteExclusions(writer, scan.Excluded);
        if (scan.Notes.Count > 0)
        {
            writer.Write("\nNotes:\n");
            foreach (var note in scan.Notes)
            {
                writer.Write("  ");
                writer.Write(note.ToString());
                writer.Write('\n');
            }
        }
    }
}
