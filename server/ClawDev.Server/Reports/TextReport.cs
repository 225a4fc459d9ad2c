using System.Globalization;
using System.Text;
using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Library;
using ClawDev.Core.Workspace;

namespace ClawDev.Server.Reports;

/// <summary>
/// The report for people: a header (root, file counts, profile, configuration), `path:line:col: CODE message` lines
/// (the most exposed first: rendered, then exported, then public), with <c>--coverage</c> an interrogate-like
/// coverage table, what was excluded, withheld or skipped and why, the counts and a one-line summary.
/// </summary>
/// <param name="coverageTable">Show the per-module coverage table (the total is always in the summary).</param>
public sealed class TextReport(double? failUnder, bool coverageTable) : IScanReport
{
    public void Write(WorkspaceScan scan, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        WriteHeader(writer, scan);
        WriteFindings(writer, scan);
        if (coverageTable)
        {
            WriteCoverage(writer, scan);
        }
        WriteExclusionsAndNotes(writer, scan);
        WriteWithheld(writer, scan);
        writer.Write('\n');
        if (scan.FindingCount > 0)
        {
            writer.Write(CountsLine(scan.Counts));
            writer.Write('\n');
        }
        writer.Write(new ScanSummary(scan, failUnder).Line);
        writer.Write('\n');
    }

    private static void WriteHeader(TextWriter writer, WorkspaceScan scan)
    {
        writer.Write(TerminalText.Of($"clawdev scan {scan.Root}\n"));
        writer.Write(
            $"Files: {scan.FilesFound} found, {scan.Files.Count} analysed, {scan.Excluded.Count} excluded, {scan.SkippedCount} skipped (listed by {scan.ListingMethod})\n");
        ConfigurationText.WriteProfile(writer, scan.Profile, scan.Scope, scan.Tools);
        if (scan.Profile.Profile == AnalysisProfile.Contribution && scan.Files.Count > 0)
        {
            var habits = scan.Facts.Habits;
            writer.Write($"Habits (asked for where at least half have one): docstrings of modules {habits.Modules}, packages {habits.Packages}, magic methods {habits.MagicMethods}, __init__ {habits.InitMethods}; parameter sections in the docstrings of functions with parameters {habits.ParameterSections}; classes {habits.Classes}, methods {habits.Methods}, functions {habits.Functions} (asked for where a quarter have one, and wherever the docs render or the package exports them)");
            WriteNames(writer, "method names never documented", habits.NeverDocumentedNames());
            WriteNames(writer, "function names never documented", habits.NeverDocumentedFamilies());
            writer.Write('\n');
        }
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
        // Most exposed first, each exposure in file order (loops rather than a sort keyed by exposure: generic code
        // over value types is compiled at every start).
        Exposure[] order = [Exposure.Rendered, Exposure.Exported, Exposure.Public];
        var shown = 0;
        foreach (var exposure in order)
        {
            shown += scan.Files.Any(file => file.Findings.Any(finding => finding.Exposure == exposure)) ? 1 : 0;
        }
        foreach (var exposure in order)
        {
            if (!scan.Files.Any(file => file.Findings.Any(finding => finding.Exposure == exposure)))
            {
                continue;
            }
            writer.Write(shown > 1 ? $"\n{ExposureHeading(exposure)}:\n" : "\n");
            foreach (var file in scan.Files)
            {
                foreach (var finding in file.Findings)
                {
                    if (finding.Exposure == exposure)
                    {
                        WriteFinding(writer, file.RelativePath, finding);
                    }
                }
            }
        }
    }

    private static void WriteFinding(TextWriter writer, string path, Finding finding)
    {
        writer.Write(TerminalText.Escape(path));
        writer.Write(':');
        writer.Write(ReportLocation.Line(finding));
        writer.Write(':');
        writer.Write(ReportLocation.Column(finding));
        writer.Write(": ");
        writer.Write(finding.Code);
        writer.Write(' ');
        writer.Write(TerminalText.Escape(finding.Message));
        writer.Write(TerminalText.Escape(CopyNote(finding)));
        writer.Write('\n');
    }

    private static string ExposureHeading(Exposure exposure) => exposure switch
    {
        Exposure.Rendered => "Rendered on the documentation pages",
        Exposure.Exported => "Exported by the package",
        _ => "Public",
    };

    private static string CopyNote(Finding finding) => CopyAdvice.For(finding) is { } advice ? $" [{advice}]" : "";

    /// <summary>"Findings by exposure: …; by code: …".</summary>
    private static string CountsLine(FindingCounts counts)
    {
        var exposures = string.Join(", ", counts.ByExposure.Select(item => $"{Exposures.Name(item.Key)} {item.Number}"));
        var codes = string.Join(", ", counts.ByCode.Select(item => $"{item.Key} {item.Number}"));
        return $"Findings by exposure: {exposures}; by code: {codes}.";
    }

    /// <summary>What the contribution profile did not report, counted by reason.</summary>
    private static void WriteWithheld(TextWriter writer, WorkspaceScan scan)
    {
        if (scan.Counts.Withheld.Count == 0)
        {
            return;
        }
        writer.Write("\nNot reported (contribution profile; --format json lists each with its reason):\n");
        foreach (var (kind, count) in scan.Counts.Withheld)
        {
            var example = scan.Files.SelectMany(file => file.Withheld.Where(withheld => withheld.Kind == kind).Select(withheld => $"{file.RelativePath}:{ReportLocation.Line(withheld.Finding)} {withheld.Finding.Code}: {withheld.Reason}")).First();
            writer.Write(TerminalText.Of($"  {WithheldHeading(kind)}: {count} (e.g. {example})\n"));
        }
    }

    private static string WithheldHeading(WithholdingKind kind) => kind switch
    {
        WithholdingKind.NotAHabit => "docstrings the library does not write by habit",
        WithholdingKind.Inherited => "overrides a base class documents",
        WithholdingKind.ReportedAtOrigin => "gaps in copies, reported at their origin",
        WithholdingKind.Deprecated => "what the code itself deprecates",
        _ => "private modules the package neither exports nor documents",
    };

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
        coverage.Percent.ToString("0.0", CultureInfo.InvariantCulture) + "%",
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
                TextColumns.Write(writer, [.. files.Select(file => new[] { TerminalText.Escape(file.Path), TerminalText.Escape(file.Reason) })], indent: "    ");
                continue;
            }
            var folders = files.GroupBy(file => FolderOf(file.Path)).OrderByDescending(folder => folder.Count()).ThenBy(folder => folder.Key, StringComparer.Ordinal).ToList();
            var rows = folders.Take(MaxFoldersListed).Select(folder => new[] { TerminalText.Escape(folder.Key), ScanSummary.Plural(folder.Count(), "file"), TerminalText.Escape(folder.First().Reason) }).ToList();
            if (folders.Count > MaxFoldersListed)
            {
                rows.Add([$"… {folders.Count - MaxFoldersListed} more", ScanSummary.Plural(folders.Skip(MaxFoldersListed).Sum(folder => folder.Count()), "file"), ""]);
            }
            TextColumns.Write(writer, rows, indent: "    ");
        }
    }

    /// <summary>"; heading: a (3), b (4) and 2 more", nothing for no names. The names are the library's own text,
    /// escaped like every other name the report prints.</summary>
    private static void WriteNames(TextWriter writer, string heading, IReadOnlyList<UndocumentedName> names)
    {
        if (names.Count == 0)
        {
            return;
        }
        var shown = string.Join(", ", names.Take(MaxNamesShown).Select(name => $"{name.Name} ({name.Definitions})"));
        writer.Write(TerminalText.Of($"; {heading}: {shown}{(names.Count > MaxNamesShown ? $" and {names.Count - MaxNamesShown} more" : "")}"));
    }

    private const int MaxFoldersListed = 8;

    /// <summary>Method names the habits line shows; the JSON report lists every one.</summary>
    private const int MaxNamesShown = 5;

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
                writer.Write(TerminalText.Escape(note.ToString()));
                writer.Write('\n');
            }
        }
    }
}
