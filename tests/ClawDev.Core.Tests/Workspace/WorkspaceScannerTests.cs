using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Workspace;
using ClawDev.TestSupport;

namespace ClawDev.Core.Tests.Workspace;

public class WorkspaceScannerTests
{
    /// <summary>Lists exactly the given paths, in the given order, with the given notes.</summary>
    private sealed class FixedLister(IReadOnlyList<string> paths, params ScanNote[] notes) : ISourceFileLister
    {
        public FileListing ListPythonFiles(string rootDirectory, CancellationToken cancellationToken) =>
            new(paths, "fixed list", notes);
    }

    /// <summary>Scans with the pydocstyle profile: these tests are about the scanner, which every file reaches
    /// (the contribution profile's library scope has tests of its own).</summary>
    private static WorkspaceScan Scan(TemporaryDirectory tree, ScanOptions? options = null, AnalyzeFile? analyze = null, ISourceFileLister? lister = null)
    {
        lister ??= new DirectoryWalker();
        var scanner = analyze is null ? new WorkspaceScanner(lister) : new WorkspaceScanner(lister, analyze);
        var configuration = ProjectConfiguration.Load(tree.Path).WithOverrides(null, null, null, AnalysisProfile.Pydocstyle);
        return scanner.Scan(tree.Path, configuration, options ?? new ScanOptions(), CancellationToken.None);
    }

    private static ScanNote NoteFor(WorkspaceScan scan, string path) => Assert.Single(scan.Notes, n => n.Path == path);

    [Fact]
    public void Analyses_every_listed_file_in_path_order()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("z.py", "def f():\n    pass\n");
        tree.Write("a/b.py", "\"\"\"Documented.\"\"\"\n");
        tree.Write("a.py", "x = 1\n");

        var scan = Scan(tree);

        Assert.Equal(["a.py", "a/b.py", "z.py"], scan.Files.Select(f => f.RelativePath));
        Assert.Equal(3, scan.FilesFound);
        Assert.Equal(tree.Path, scan.Root);
        Assert.Equal(DirectoryWalker.MethodName, scan.ListingMethod);
        Assert.Contains(scan.Files.Single(f => f.RelativePath == "z.py").Findings, f => f.Code == "D103" && f.Symbol == "f");
    }

    [Fact]
    public void Binary_oversized_and_vanished_files_are_skipped_with_a_note()
    {
        using var tree = new TemporaryDirectory();
        tree.WriteBytes("blob.py", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
        tree.Write("big.py", "# " + new string('x', 200) + "\n");
        tree.Write("ok.py", "\"\"\"Fine.\"\"\"\n");
        var lister = new FixedLister(["blob.py", "big.py", "gone.py", "ok.py"]);

        var scan = Scan(tree, new ScanOptions { MaxFileBytes = 100 }, lister: lister);

        Assert.Equal(["ok.py"], scan.Files.Select(f => f.RelativePath));
        Assert.Equal(new ScanNote(NoteKind.Skipped, "blob.py", "skipped: binary content (NUL bytes)"), NoteFor(scan, "blob.py"));
        Assert.Equal(new ScanNote(NoteKind.Skipped, "big.py", "skipped: 203 bytes is more than the 100 bytes limit"), NoteFor(scan, "big.py"));
        Assert.Equal(new ScanNote(NoteKind.Skipped, "gone.py", "skipped: the file no longer exists"), NoteFor(scan, "gone.py"));
        Assert.Equal(4, scan.FilesFound);
        Assert.Equal(3, scan.SkippedCount);
    }

    [Fact]
    public void Invalid_utf_8_is_analysed_after_replacement_with_a_note()
    {
        using var tree = new TemporaryDirectory();
        // "café" in Latin-1: the 0xE9 byte is not UTF-8.
        tree.WriteBytes("latin.py", [.. "def f():\n    return 1\n# caf"u8, 0xE9, (byte)'\n']);

        var scan = Scan(tree);

        var file = Assert.Single(scan.Files);
        Assert.Equal(NoteKind.Decoding, NoteFor(scan, "latin.py").Kind);
        Assert.Contains(file.Findings, f => f.Code == "D103");
    }

    [Fact]
    public void A_syntax_error_leaves_findings_for_what_is_intact()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("broken.py", "\"\"\"Module.\"\"\"\n\n\ndef before():\n    pass\n\n\ndef broken(:\n    pass\n\n\ndef after():\n    pass\n");

        var scan = Scan(tree);

        var file = Assert.Single(scan.Files);
        var note = NoteFor(scan, "broken.py");
        Assert.Equal(NoteKind.Syntax, note.Kind);
        Assert.StartsWith("syntax error at ", note.Message);
        Assert.Contains(file.Findings, f => f.Symbol == "before");
        Assert.Contains(file.Findings, f => f.Symbol == "after");
    }

    [Fact]
    public void Excluded_files_are_listed_with_their_reason_and_not_analysed()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("pyproject.toml", "[tool.interrogate]\nexclude = [\"docs\"]\n");
        tree.Write("docs/conf.py", "x = 1\n");
        tree.Write("pkg.py", "\"\"\"Doc.\"\"\"\n");

        var scan = Scan(tree);

        Assert.Equal(["pkg.py"], scan.Files.Select(f => f.RelativePath));
        var excluded = Assert.Single(scan.Excluded);
        Assert.Equal("docs/conf.py", excluded.Path);
        Assert.Contains("docs", excluded.Reason);
    }

    [Fact]
    public void An_internal_error_in_one_file_is_reported_as_a_bug_and_the_scan_goes_on()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("bad.py", "x = 1\n");
        tree.Write("good.py", "x = 1\n");
        AnalyzeFile failOnBad = (module, path, settings, moduleName, withOutline) =>
            path == "bad.py" ? throw new InvalidOperationException("boom") : FileAnalyzer.Analyze(module, path, settings, moduleName);

        var scan = Scan(tree, analyze: failOnBad);

        Assert.Equal(["good.py"], scan.Files.Select(f => f.RelativePath));
        Assert.Equal(
            new ScanNote(NoteKind.InternalError, "bad.py", "internal error: InvalidOperationException: boom (this is a bug, please report it)"),
            NoteFor(scan, "bad.py"));
        Assert.Equal(1, scan.SkippedCount);
    }

    [Fact]
    public void A_rule_that_failed_is_reported_as_a_bug_while_the_files_other_findings_stand()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("mod.py", "def f():\n    pass\n");
        AnalyzeFile withFailedRule = (module, path, settings, moduleName, withOutline) =>
            FileAnalyzer.Analyze(module, path, settings, moduleName) with { InternalErrors = ["internal error in D417 at f: NullReferenceException: x"] };

        var scan = Scan(tree, analyze: withFailedRule);

        Assert.Contains(Assert.Single(scan.Files).Findings, f => f.Code == "D103");
        Assert.Equal(0, scan.SkippedCount);
        Assert.Equal(
            new ScanNote(NoteKind.InternalError, "mod.py", "internal error in D417 at f: NullReferenceException: x (this is a bug, please report it)"),
            NoteFor(scan, "mod.py"));
    }

    [Fact]
    public void Listing_notes_come_first_then_the_files_notes_in_path_order()
    {
        using var tree = new TemporaryDirectory();
        tree.WriteBytes("b.py", [0]);
        tree.WriteBytes("a.py", [0]);
        var listingNote = new ScanNote(NoteKind.Listing, "vendor/", "a nested git repository");

        var scan = Scan(tree, lister: new FixedLister(["b.py", "a.py", "b.py"], listingNote));

        Assert.Equal([listingNote.Path, "a.py", "b.py"], scan.Notes.Select(n => n.Path));
        Assert.Equal(2, scan.FilesFound);
    }

    [Fact]
    public void One_worker_and_all_cores_give_the_same_result()
    {
        using var tree = new TemporaryDirectory();
        for (var i = 0; i < 40; i++)
        {
            tree.Write($"pkg{i % 4}/mod{i}.py", $"def f{i}():\n    pass\n\n\nclass C{i}:\n    def m(self):\n        pass\n");
        }

        var serial = Scan(tree, new ScanOptions { MaxDegreeOfParallelism = 1 });
        var parallel = Scan(tree, new ScanOptions { MaxDegreeOfParallelism = 4 });

        Assert.Equal(
            serial.Files.SelectMany(f => f.Findings.Select(x => $"{f.RelativePath}:{x.Line}:{x.Code}")),
            parallel.Files.SelectMany(f => f.Findings.Select(x => $"{f.RelativePath}:{x.Line}:{x.Code}")));
        Assert.Equal(40, parallel.Files.Count);
    }

    [Fact]
    public void Without_keeping_modules_the_results_are_the_same_and_the_modules_are_let_go()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("pkg/__init__.py", "");
        tree.Write("pkg/mod.py", "\"\"\"Module.\"\"\"\n\n\ndef f(x):\n    \"\"\"Do.\n\n    Args:\n        y: Why.\n    \"\"\"\n\n\nclass C:\n    pass\n");

        var kept = Scan(tree);
        var released = Scan(tree, new ScanOptions { KeepModules = false });

        Assert.Equal(kept.Files.Select(Summary), released.Files.Select(Summary));
        Assert.NotEmpty(released.Files.SelectMany(f => f.Findings));
        Assert.Equal(kept.DocstringStyles, released.DocstringStyles);
        Assert.All(kept.Files, f => Assert.Equal(File.ReadAllText(Path.Combine(tree.Path, f.RelativePath)), f.Module.Text));
        Assert.All(released.Files, f => Assert.Contains("was let go", Assert.Throws<InvalidOperationException>(() => f.Module).Message));
        Assert.All(released.Files, f => Assert.Contains("Module = (let go)", f.ToString()));

        static string Summary(FileAnalysis f) =>
            $"{f.RelativePath}: {string.Join(" ", f.Findings.Select(x => $"{x.Line}:{x.Code}:{x.Symbol}"))} {f.Coverage.Documented}/{f.Coverage.Total}";
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("a.py", "x = 1\n");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var lister = new FixedLister(["a.py"]);

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new WorkspaceScanner(lister).Scan(tree.Path, ProjectConfiguration.Load(tree.Path), new ScanOptions(), cancelled.Token));
    }

    [Fact]
    public async Task Listing_started_ahead_scans_the_same_files_with_the_listers_notes()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("b.py", "def f():\n    pass\n");
        tree.Write("a.py", "x = 1\n");
        var note = new ScanNote(NoteKind.Listing, "c/", DirectoryWalker.NestedRepositoryNote);
        var scanner = new WorkspaceScanner(new FixedLister(["b.py", "a.py"], note));

        var listing = await scanner.StartListing(tree.Path, CancellationToken.None);
        var scan = scanner.Scan(tree.Path, listing, ProjectConfiguration.Load(tree.Path), new ScanOptions(), CancellationToken.None);

        Assert.Equal(["a.py", "b.py"], scan.Files.Select(f => f.RelativePath));
        Assert.Equal("fixed list", scan.ListingMethod);
        Assert.Equal([note], scan.Notes);
        Assert.Contains(scan.Files.Single(f => f.RelativePath == "b.py").Findings, f => f.Code == "D103");
    }

    [Fact]
    public async Task Listing_started_ahead_fails_as_the_lister_does()
    {
        using var tree = new TemporaryDirectory();
        var scanner = new WorkspaceScanner(new DirectoryWalker());

        var listing = scanner.StartListing(Path.Combine(tree.Path, "missing"), CancellationToken.None);

        await Assert.ThrowsAnyAsync<DirectoryNotFoundException>(() => listing);
    }
}
