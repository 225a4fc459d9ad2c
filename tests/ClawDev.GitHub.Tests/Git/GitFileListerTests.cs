using ClawDev.Core.Workspace;
using ClawDev.GitHub.Git;
using ClawDev.TestSupport;

namespace ClawDev.GitHub.Tests.Git;

public class GitFileListerTests
{
    private static FileListing List(string root, GitFileLister? lister = null) =>
        (lister ?? new GitFileLister()).ListPythonFiles(root, CancellationToken.None);

    private static string[] Sorted(FileListing listing) => [.. listing.RelativePaths.Order(StringComparer.Ordinal)];

    [Fact]
    public void ListsTrackedAndUntrackedFilesButNotIgnoredOnes()
    {
        using var repository = new GitRepository();
        repository.Write(".gitignore", "*_gen.py\nbuild/\n");
        repository.Write("pkg/tracked.py");
        repository.Write("pkg/forced_gen.py");
        repository.CommitAll("initial");
        repository.Write("pkg/untracked.py");
        repository.Write("pkg/ignored_gen.py");
        repository.Write("build/lib/copy.py");
        repository.Write("README.md");

        var listing = List(repository.Path);

        // A tracked file stays listed even when a pattern matches it, as in git.
        Assert.Equal(["pkg/forced_gen.py", "pkg/tracked.py", "pkg/untracked.py"], Sorted(listing));
        Assert.Equal(GitFileLister.MethodName, listing.Method);
        Assert.Empty(listing.Notes);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void ListingRunsNoCommandTheRepositoryConfigures()
    {
        using var repository = new GitRepository();
        using var fsmonitor = new CommandTrap();
        repository.Write("pkg/tracked.py");
        repository.CommitAll("initial");
        repository.Git("config", "core.fsmonitor", fsmonitor.Command);

        var listing = List(repository.Path);

        Assert.Equal(["pkg/tracked.py"], Sorted(listing));
        Assert.False(fsmonitor.Ran);
    }

    [Theory]
    [InlineData(".gitignore")]
    [InlineData("pkg/.gitignore")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void ANamedPipeAsAnIgnoreFileGitReadsFirstIsNotWaitedOn(string pipe)
    {
        using var repository = new GitRepository();
        repository.Write("pkg/tracked.py");
        repository.CommitAll("initial");
        repository.Directory.MakeNamedPipe(pipe);

        // git ls-files would wait for a writer until its time limit (a minute).
        var listing = WorkspaceTraps.Within(10, () => List(repository.Directory.Combine("pkg")));

        Assert.Equal(["tracked.py"], Sorted(listing));
        Assert.Equal(DirectoryWalker.MethodName, listing.Method);
        Assert.Contains(listing.Notes, note => note.Message.StartsWith($"git ls-files was not run ({repository.Directory.Combine(pipe)} is not a regular file", StringComparison.Ordinal));
    }

    [Fact]
    public void PathsAreRelativeToASubdirectoryRoot()
    {
        using var repository = new GitRepository();
        repository.Write("top.py");
        repository.Write("src/pkg/a.py");
        repository.Write("src/pkg/deeper/b.py");
        repository.CommitAll("initial");

        Assert.Equal(["a.py", "deeper/b.py"], Sorted(List(repository.Directory.Combine("src/pkg"))));
    }

    [Fact]
    public void OddFileNamesComeThroughUnquoted()
    {
        using var repository = new GitRepository();
        repository.Write("with space.py");
        repository.Write("ünïcödé.py");
        repository.Write("quote\"d.py");

        Assert.Equal(["quote\"d.py", "with space.py", "ünïcödé.py"], Sorted(List(repository.Path)));
    }

    [Fact]
    public void AFileInConflictIsListedOnce()
    {
        using var repository = new GitRepository();
        repository.Write("conflict.py", "base\n");
        repository.CommitAll("base");
        repository.Git("checkout", "-q", "-b", "other");
        repository.Write("conflict.py", "other\n");
        repository.CommitAll("other");
        repository.Git("checkout", "-q", "main");
        repository.Write("conflict.py", "main\n");
        repository.CommitAll("main");
        var merge = new GitCli().Run(repository.Path, ["merge", "-q", "other"], CancellationToken.None);
        Assert.NotEqual(0, merge.ExitCode);
        Assert.Contains("conflict.py", repository.Git("ls-files", "--unmerged"));

        Assert.Equal(["conflict.py"], Sorted(List(repository.Path)));
    }

    [Fact]
    public void ANestedRepositoryIsReportedNotListed()
    {
        using var repository = new GitRepository();
        repository.Write("main.py");
        var nested = repository.Directory.CreateDirectory("vendor/lib");
        repository.GitIn(nested, "init", "-q");
        repository.Write("vendor/lib/inside.py");

        var listing = List(repository.Path);

        Assert.Equal(["main.py"], Sorted(listing));
        Assert.Equal([new ScanNote(NoteKind.Listing, "vendor/lib/", DirectoryWalker.NestedRepositoryNote)], listing.Notes);
    }

    [Fact]
    public void OutsideAWorkTreeTheDirectoryIsWalkedWithoutStartingGit()
    {
        using var tree = new TemporaryDirectory();
        tree.Write(".gitignore", "skip.py\n");
        tree.Write("a.py");
        tree.Write("skip.py");
        var lister = new GitFileLister(new GitCli("/nonexistent/git"), new DirectoryWalker());

        var listing = List(tree.Path, lister);

        Assert.Equal(["a.py"], Sorted(listing));
        Assert.Equal(DirectoryWalker.MethodName, listing.Method);
        Assert.Empty(listing.Notes);
    }

    [Fact]
    public void WithoutGitTheWalkTakesOverAndSaysWhy()
    {
        using var repository = new GitRepository();
        repository.Write(".gitignore", "skip.py\n");
        repository.Write("a.py");
        repository.Write("skip.py");
        var lister = new GitFileLister(new GitCli("/nonexistent/git"), new DirectoryWalker());

        var listing = List(repository.Path, lister);

        Assert.Equal(["a.py"], Sorted(listing));
        Assert.Equal(DirectoryWalker.MethodName, listing.Method);
        var note = Assert.Single(listing.Notes);
        Assert.Equal(NoteKind.Listing, note.Kind);
        Assert.Contains("/nonexistent/git", note.Message);
        Assert.Contains("directory walk", note.Message);
    }

    [Fact]
    public void WhenGitFailsTheWalkTakesOverWithGitsMessage()
    {
        using var tree = new TemporaryDirectory();
        // A ".git" that is not a repository: found by the file system check, rejected by git.
        tree.Write(".git", "not a gitdir line\n");
        tree.Write("a.py");

        var listing = List(tree.Path);

        Assert.Equal(["a.py"], Sorted(listing));
        var note = Assert.Single(listing.Notes);
        Assert.StartsWith("git ls-files failed (", note.Message);
    }

    [Fact]
    public void AGitThatRunsOutOfTimeIsStoppedAndTheWalkTakesOverAndSaysSo()
    {
        using var repository = new GitRepository();
        // git's own matching backtracks exponentially on this .gitignore: minutes per path.
        var files = repository.Directory.MakeExponentialGitIgnore();
        var lister = new GitFileLister(new GitCli(), new DirectoryWalker(), TimeSpan.FromSeconds(1));

        var listing = WorkspaceTraps.Within(30, () => List(repository.Path, lister));

        Assert.Equal(files, Sorted(listing));
        Assert.Equal(DirectoryWalker.MethodName, listing.Method);
        Assert.Equal(
            [new ScanNote(NoteKind.Listing, null, $"git ls-files did not finish within 1 s and was stopped; the files were listed by a {DirectoryWalker.MethodName} instead")],
            listing.Notes);
    }

    [Fact]
    public void ADirectoryGitIgnoresIsStillListedWhenAskedForByName()
    {
        using var repository = new GitRepository();
        repository.Write(".gitignore", "/versions/\n*_tmp.py\n");
        repository.Write("tool.py");
        repository.CommitAll("initial");
        repository.Write("versions/3.11/lib/os.py");
        repository.Write("versions/3.11/lib/os_tmp.py");

        var listing = List(repository.Directory.Combine("versions/3.11"));

        Assert.Equal(["lib/os.py"], Sorted(listing));
        Assert.Equal(DirectoryWalker.MethodName, listing.Method);
        var note = Assert.Single(listing.Notes);
        Assert.StartsWith($"git ignores this directory (a .gitignore of {repository.Path})", note.Message);
    }

    [Fact]
    public void AMissingRootIsAnError()
    {
        using var tree = new TemporaryDirectory();

        Assert.Throws<DirectoryNotFoundException>(() => List(tree.Combine("missing")));
    }

    /// <summary>With nothing tracked, git's listing and the walk must agree on every ignore rule.</summary>
    [Fact]
    public void TheWalkListsWhatGitListsForUntrackedFiles()
    {
        using var repository = new GitRepository();
        File.WriteAllText(Path.Combine(repository.Path, ".git", "info", "exclude"), "*_local.py\n");
        repository.Write(".gitignore", "build/\n*.gen.py\n/docs/*.py\n!docs/keep.py\nvendor/**\n!vendor/api.py\nsrc/**/fixtures/\n");
        repository.Write("pkg/.gitignore", "!b.gen.py\n/only_here.py\ncache/\n");
        repository.Write("pkg/deep/.gitignore", "*\n!*/\n!*.py\nskip_*.py\n");
        foreach (var path in new[]
        {
            "a.py", "a.gen.py", "a_local.py", "build/x.py", "pkg/build/y.py",
            "docs/conf.py", "docs/keep.py", "docs/sub/page.py",
            "vendor/api.py", "vendor/other.py", "vendor/sub/api.py",
            "src/fixtures.py", "src/x/fixtures/f.py", "src/fixtures/g.py",
            "pkg/b.gen.py", "pkg/c.gen.py", "pkg/only_here.py", "pkg/sub/only_here.py", "pkg/cache/z.py",
            "pkg/deep/m.py", "pkg/deep/skip_m.py", "pkg/deep/inner/n.py", "pkg/deep/data.txt",
        })
        {
            repository.Write(path);
        }

        var byGit = List(repository.Path);
        var byWalk = new DirectoryWalker().ListPythonFiles(repository.Path, CancellationToken.None);

        string[] expected =
        [
            "a.py", "docs/keep.py", "docs/sub/page.py", "pkg/b.gen.py", "pkg/deep/inner/n.py", "pkg/deep/m.py",
            "pkg/sub/only_here.py", "src/fixtures.py", "vendor/api.py",
        ];
        Assert.Equal(GitFileLister.MethodName, byGit.Method);
        Assert.Equal(expected, Sorted(byGit));
        Assert.Equal(expected, Sorted(byWalk));
    }
}
