using System.Runtime.CompilerServices;
using System.Text;
using ClawDev.Core.Configuration;
using ClawDev.Core.Library;
using ClawDev.Core.Tests.Support;
using ClawDev.Core.Workspace;
using ClawDev.TestSupport;

namespace ClawDev.Core.Tests.Library;

/// <summary>
/// Whole repositories (Repositories/*.tree, written out by <see cref="RepositoryTree"/>) scanned as the CLI scans
/// them; the snapshot (*.expected.txt) holds every finding with its exposure and copy facts, and every withheld
/// finding with its reason.
/// </summary>
public sealed class RepositoryScanTests
{
    private static readonly string Root = Path.Combine(SourceDirectory(), "Repositories");

    public static TheoryData<string> Repositories() =>
        [.. Directory.GetFiles(Root, "*.tree").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Repositories))]
    public void Findings_exposure_copies_and_withheld_match_expected(string repository)
    {
        using var tree = new TemporaryDirectory();
        RepositoryTree.Write(File.ReadAllText(Path.Combine(Root, repository + ".tree")), tree);

        var scan = new WorkspaceScanner(new DirectoryWalker()).Scan(tree.Path, ProjectConfiguration.Load(tree.Path), new ScanOptions(), CancellationToken.None);

        Snapshot.Match(Path.Combine(Root, repository + ".expected.txt"), Render(scan));
    }

    private static string Render(WorkspaceScan scan)
    {
        var text = new StringBuilder();
        text.Append("profile: ").Append(scan.Profile.Name).Append('\n');
        var habits = scan.Facts.Habits;
        text.Append($"habits: modules {habits.Modules}, packages {habits.Packages}, magic {habits.MagicMethods}, init {habits.InitMethods}, parameter sections {habits.ParameterSections}, classes {habits.Classes}, methods {habits.Methods}, functions {habits.Functions}\n");
        foreach (var note in scan.Notes)
        {
            text.Append("note: ").Append(note).Append('\n');
        }
        foreach (var file in scan.Files)
        {
            foreach (var finding in file.Findings)
            {
                text.Append($"{file.RelativePath}:{finding.Line + 1} {finding.Code} {finding.Symbol} [{Exposures.Name(finding.Exposure)}]");
                if (finding.Parameters.Count > 0)
                {
                    text.Append(" (").Append(string.Join(", ", finding.Parameters)).Append(')');
                }
                if (finding.CopyOf is { } copy)
                {
                    text.Append($" copy of {copy.Origin}{(copy.IsOutside ? " (outside)" : "")}");
                }
                foreach (var location in finding.Copies)
                {
                    text.Append($" +copy {location.Path}:{location.Line + 1} {location.Symbol.Qualified}");
                }
                text.Append('\n');
            }
            foreach (var withheld in file.Withheld)
            {
                text.Append($"{file.RelativePath}:{withheld.Finding.Line + 1} {withheld.Finding.Code} {withheld.Finding.Symbol} withheld ({withheld.Kind}): {withheld.Reason}\n");
            }
        }
        return text.ToString();
    }

    private static string SourceDirectory([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
