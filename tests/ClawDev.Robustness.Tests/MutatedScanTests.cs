using System.Text.Json;
using ClawDev.Core.Workspace;
using ClawDev.Server.Cli;
using ClawDev.Server.Reports;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Robustness.Tests;

/// <summary>
/// Hundreds of damaged versions of each corpus file, scanned as one library by the real command line: it finishes,
/// lists every file, notes no internal error, and its text report
/// carries no raw control character.
/// </summary>
public sealed class MutatedScanTests
{
    private const int MutantsPerFile = 200;

    public static TheoryData<int> CorpusFiles() => [.. Enumerable.Range(0, Corpus.Load().Count)];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_mutant_is_scanned_without_an_internal_error(int index)
    {
        var (name, text) = Corpus.Load()[index];
        var mutator = new Mutator(seed: 1000 + index);
        using var tree = new TemporaryDirectory();
        tree.Write("pkg/__init__.py", "\"\"\"The mutants.\"\"\"\n");
        for (var i = 0; i < MutantsPerFile; i++)
        {
            tree.WriteBytes($"pkg/{name}_{i:000}.py", mutator.Encode(mutator.Mutate(text)));
        }

        var json = WorkspaceTraps.Within(120, () => CliRun.Invoke(RuleCatalog.Builtin(), "scan", tree.Path, "--format", "json"));
        var report = WorkspaceTraps.Within(120, () => CliRun.Invoke(RuleCatalog.Builtin(), "scan", tree.Path));

        foreach (var run in new[] { json, report })
        {
            Assert.Equal("", run.Error);
            Assert.Contains(run.ExitCode, new[] { ExitCodes.Clean, ExitCodes.Failed });
        }
        var root = JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal(MutantsPerFile + 1, root.GetProperty("files").GetProperty("found").GetInt32());
        var internalError = JsonReport.NoteKindName(NoteKind.InternalError);
        var internalErrors = root.GetProperty("notes").EnumerateArray().Where(note => note.GetProperty("kind").GetString() == internalError).Select(note => note.ToString()).ToList();
        Assert.True(internalErrors.Count == 0, string.Join("\n", internalErrors));
        var control = report.Output.Where(c => char.IsControl(c) && c != '\n').Select(c => $"U+{(int)c:X4}").Distinct().ToList();
        Assert.True(control.Count == 0, $"{string.Join(", ", control)} in the text report of the {name} mutants");
    }
}
