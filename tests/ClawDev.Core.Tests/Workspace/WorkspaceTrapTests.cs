using ClawDev.Core.Configuration;
using ClawDev.Core.Workspace;
using ClawDev.TestSupport;

namespace ClawDev.Core.Tests.Workspace;

/// <summary>Trees that once hung or crashed a scan: each trap is noted and the rest of the tree is scanned.</summary>
public class WorkspaceTrapTests
{
    private const string Undocumented = "def f(x):\n    pass\n";

    private static WorkspaceScan Scan(TemporaryDirectory tree) =>
        WorkspaceTraps.Within(20, () => new WorkspaceScanner(new DirectoryWalker()).Scan(tree.Path, ProjectConfiguration.Load(tree.Path), new ScanOptions(), CancellationToken.None));

    private static string[] Analysed(WorkspaceScan scan) => [.. scan.Files.Select(f => f.RelativePath)];

    [Fact]
    public void A_folder_deeper_than_PATH_MAX_is_noted_and_the_rest_is_listed()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("a.py", Undocumented);
        tree.Write("z/b.py", Undocumented);
        tree.MakeDeeperThanPathMax("deep");

        var listing = WorkspaceTraps.Within(20, () => new DirectoryWalker().ListPythonFiles(tree.Path, CancellationToken.None));

        Assert.Equal(["a.py", "z/b.py"], listing.RelativePaths.Order(StringComparer.Ordinal));
        var note = Assert.Single(listing.Notes);
        Assert.Equal(NoteKind.Listing, note.Kind);
        Assert.StartsWith("deep/", note.Path);
        Assert.Contains("directory could not be read, its files are not scanned", note.Message);
    }

    [Fact]
    public void A_named_pipe_named_like_a_Python_file_is_skipped_with_a_note()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("a.py", Undocumented);
        tree.MakeNamedPipe("x.py");

        var scan = Scan(tree);

        Assert.Equal(["a.py"], Analysed(scan));
        Assert.Equal(new ScanNote(NoteKind.Skipped, "x.py", "skipped: not a regular file (a named pipe (FIFO))"), Assert.Single(scan.Notes));
        Assert.Equal(1, scan.SkippedCount);
    }

    [Fact]
    public void A_named_pipe_as_gitignore_is_noted_and_the_tree_is_listed_without_it()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("pkg/__init__.py", "\"\"\"A package.\"\"\"\n");
        tree.Write("pkg/a.py", Undocumented);
        tree.Write("pkg/sub/b.py", Undocumented);
        tree.MakeNamedPipe("pkg/sub/.gitignore");

        var scan = Scan(tree);

        Assert.Equal(["pkg/__init__.py", "pkg/a.py", "pkg/sub/b.py"], Analysed(scan));
        var note = Assert.Single(scan.Notes);
        Assert.Equal("pkg/sub/.gitignore", note.Path);
        Assert.EndsWith("could not be read, its patterns are not applied: not a regular file (a named pipe (FIFO))", note.Message);
    }

    [Fact]
    public void Symbolic_links_out_of_the_root_are_not_followed_and_links_within_it_are()
    {
        using var outside = new TemporaryDirectory();
        var secret = outside.Write("secret.py", "def leaked(password):\n    pass\n");
        using var tree = new TemporaryDirectory();
        tree.Write("real.py", Undocumented);
        tree.MakeLink("passwd.py", "/etc/passwd");
        tree.MakeLink("secret.py", secret);
        tree.MakeLink("alias.py", tree.Combine("real.py"));
        tree.MakeLink("relative.py", "./real.py");

        var scan = Scan(tree);

        Assert.Equal(["alias.py", "real.py", "relative.py"], Analysed(scan));
        Assert.Equal(
            [
                new ScanNote(NoteKind.Skipped, "passwd.py", $"skipped: a symbolic link to /etc/passwd, which is outside {tree.Path}; not followed"),
                new ScanNote(NoteKind.Skipped, "secret.py", $"skipped: a symbolic link to {secret}, which is outside {tree.Path}; not followed"),
            ],
            scan.Notes);
    }

    [Fact]
    public void A_root_reached_through_a_symbolic_link_still_reads_its_own_files()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("real/a.py", Undocumented);
        tree.MakeLink("real/b.py", "a.py");
        var linkedRoot = tree.MakeLink("linked", tree.Combine("real"));

        var scan = WorkspaceTraps.Within(20, () => new WorkspaceScanner(new DirectoryWalker()).Scan(linkedRoot, ProjectConfiguration.Load(linkedRoot), new ScanOptions(), CancellationToken.None));

        Assert.Equal(["a.py", "b.py"], Analysed(scan));
        Assert.Empty(scan.Notes);
    }

    [Fact]
    public void A_gitignore_pattern_with_many_double_stars_is_matched_without_backtracking()
    {
        using var tree = new TemporaryDirectory();
        var files = tree.MakeExponentialGitIgnore();

        var listing = WorkspaceTraps.Within(20, () => new DirectoryWalker().ListPythonFiles(tree.Path, CancellationToken.None));

        Assert.Equal(files, listing.RelativePaths.Order(StringComparer.Ordinal));
        Assert.Empty(listing.Notes);
    }

    [Fact]
    public void Named_pipes_as_setup_py_and_as_a_documentation_page_are_noted_and_the_library_is_scanned()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("pkg/__init__.py", "\"\"\"A package.\"\"\"\n");
        tree.Write("pkg/a.py", Undocumented);
        tree.MakeNamedPipe("setup.py");
        tree.MakeNamedPipe("docs/index.md");

        var scan = Scan(tree);

        Assert.Equal(["pkg/__init__.py", "pkg/a.py"], Analysed(scan));
        var messages = scan.Notes.Select(n => n.Message).ToList();
        Assert.Contains("setup.py cannot be read (not a regular file (a named pipe (FIFO))); the packages are found from the folder layout.", messages);
        Assert.Contains("docs/index.md cannot be read (not a regular file (a named pipe (FIFO))); the objects it renders are not known.", messages);
    }

    [Fact]
    public void A_documentation_page_that_is_a_symbolic_link_is_not_read()
    {
        using var outside = new TemporaryDirectory();
        var page = outside.Write("api.md", "[[autodoc]] pkg.a.f\n");
        using var tree = new TemporaryDirectory();
        tree.Write("pkg/__init__.py", "\"\"\"A package.\"\"\"\n");
        tree.Write("pkg/a.py", Undocumented);
        tree.Write("docs/index.md", "# Index\n");
        tree.MakeLink("docs/api.md", page);

        var scan = Scan(tree);

        var finding = Assert.Single(scan.Files.Single(f => f.RelativePath == "pkg/a.py").Findings, f => f.Code == "D103");
        Assert.NotEqual(ClawDev.Core.Library.Exposure.Rendered, finding.Exposure);
        Assert.Empty(scan.Notes);
    }
}
