using ClawDev.Core.Workspace;
using ClawDev.TestSupport;

namespace ClawDev.Core.Tests.Workspace;

public class DirectoryWalkerTests
{
    private static FileListing List(string root) => new DirectoryWalker().ListPythonFiles(root, CancellationToken.None);

    private static string[] Files(string root) => [.. List(root).RelativePaths.Order(StringComparer.Ordinal)];

    /// <summary>Marks a directory as a work tree the way git init does, without running git.</summary>
    private static void MakeWorkTree(TemporaryDirectory tree, string directory = "", string? infoExclude = null)
    {
        var prefix = directory.Length == 0 ? "" : directory + "/";
        tree.CreateDirectory(prefix + ".git/objects");
        if (infoExclude is not null)
        {
            tree.Write(prefix + ".git/info/exclude", infoExclude);
        }
    }

    [Fact]
    public void Lists_Python_files_with_slash_separated_paths_relative_to_the_root()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("setup.py");
        tree.Write("pkg/__init__.py");
        tree.Write("pkg/sub/mod.py");
        tree.Write("pkg/sub/data.json");
        tree.Write("pkg/notpython.pyc");
        tree.Write("pkg/.py");

        Assert.Equal(["pkg/__init__.py", "pkg/sub/mod.py", "setup.py"], Files(tree.Path));
        Assert.Equal(DirectoryWalker.MethodName, List(tree.Path).Method);
    }

    [Fact]
    public void Never_enters_the_git_directory()
    {
        using var tree = new TemporaryDirectory();
        MakeWorkTree(tree);
        tree.Write(".git/hooks/hook.py");
        tree.Write("a.py");

        Assert.Equal(["a.py"], Files(tree.Path));
    }

    [Fact]
    public void Nested_gitignore_files_are_relative_to_their_directory_and_override_outer_ones()
    {
        using var tree = new TemporaryDirectory();
        MakeWorkTree(tree);
        tree.Write(".gitignore", "*_gen.py\n/top_only.py\n");
        tree.Write("pkg/.gitignore", "!keep_gen.py\n/local.py\n");
        tree.Write("a_gen.py");
        tree.Write("top_only.py");
        tree.Write("pkg/top_only.py");
        tree.Write("pkg/b_gen.py");
        tree.Write("pkg/keep_gen.py");
        tree.Write("pkg/local.py");
        tree.Write("pkg/sub/local.py");
        tree.Write("other/keep_gen.py");

        Assert.Equal(["pkg/keep_gen.py", "pkg/sub/local.py", "pkg/top_only.py"], Files(tree.Path));
    }

    [Fact]
    public void A_file_inside_an_ignored_directory_cannot_be_reincluded()
    {
        using var tree = new TemporaryDirectory();
        MakeWorkTree(tree);
        tree.Write(".gitignore", "build/\n!build/keep.py\n");
        tree.Write("build/.gitignore", "!*.py\n");
        tree.Write("build/keep.py");
        tree.Write("src/build.py");

        Assert.Equal(["src/build.py"], Files(tree.Path));
    }

    [Fact]
    public void Honours_info_exclude_below_every_gitignore()
    {
        using var tree = new TemporaryDirectory();
        MakeWorkTree(tree, infoExclude: "scratch*.py\nlocal/\n");
        tree.Write(".gitignore", "!scratch_shared.py\n");
        tree.Write("scratch1.py");
        tree.Write("scratch_shared.py");
        tree.Write("local/x.py");
        tree.Write("main.py");

        Assert.Equal(["main.py", "scratch_shared.py"], Files(tree.Path));
    }

    [Fact]
    public void A_root_below_the_top_applies_the_gitignore_files_above()
    {
        using var tree = new TemporaryDirectory();
        MakeWorkTree(tree, infoExclude: "*_local.py\n");
        tree.Write(".gitignore", "/src/pkg/generated/\n*_tmp.py\n");
        tree.Write("src/.gitignore", "pkg/vendored.py\n");
        tree.Write("src/pkg/mod.py");
        tree.Write("src/pkg/mod_tmp.py");
        tree.Write("src/pkg/mod_local.py");
        tree.Write("src/pkg/vendored.py");
        tree.Write("src/pkg/generated/out.py");

        Assert.Equal(["mod.py"], Files(tree.Combine("src/pkg")));
    }

    [Fact]
    public void A_directory_ignored_by_its_work_tree_is_walked_when_it_is_the_root()
    {
        using var tree = new TemporaryDirectory();
        MakeWorkTree(tree);
        tree.Write(".gitignore", "/versions/\n");
        tree.Write("versions/.gitignore", "*_tmp.py\n");
        tree.Write("versions/3.11/lib/os.py");
        tree.Write("versions/3.11/lib/os_tmp.py");
        var workTree = GitWorkTree.Find(tree.Path)!;

        Assert.True(DirectoryWalker.IsIgnoredByWorkTree(tree.Combine("versions/3.11/lib"), workTree));
        Assert.True(DirectoryWalker.IsIgnoredByWorkTree(tree.Combine("versions"), workTree));
        Assert.False(DirectoryWalker.IsIgnoredByWorkTree(tree.Path, workTree));
        Assert.Equal(["lib/os.py"], Files(tree.Combine("versions/3.11")));
    }

    [Fact]
    public void Outside_any_work_tree_gitignore_files_still_apply()
    {
        using var tree = new TemporaryDirectory();
        tree.Write(".gitignore", "docs/\n*_pb2.py\n");
        tree.Write("docs/conf.py");
        tree.Write("api_pb2.py");
        tree.Write("api.py");

        Assert.Equal(["api.py"], Files(tree.Path));
    }

    [Fact]
    public void A_nested_repository_is_not_entered_and_says_so()
    {
        using var tree = new TemporaryDirectory();
        MakeWorkTree(tree);
        MakeWorkTree(tree, "vendor/lib");
        tree.Write("vendor/lib/inside.py");
        tree.Write("main.py");

        var listing = List(tree.Path);

        Assert.Equal(["main.py"], listing.RelativePaths);
        var note = Assert.Single(listing.Notes);
        Assert.Equal(new ScanNote(NoteKind.Listing, "vendor/lib/", DirectoryWalker.NestedRepositoryNote), note);
    }

    [Fact]
    public void Outside_any_work_tree_each_repository_is_walked_with_its_own_rules()
    {
        using var tree = new TemporaryDirectory();
        tree.Write(".gitignore", "*_outer.py\n");
        MakeWorkTree(tree, "one", infoExclude: "excluded.py\n");
        tree.Write("one/.gitignore", "*_one.py\n");
        tree.Write("one/a_one.py");
        tree.Write("one/a_outer.py");
        tree.Write("one/excluded.py");
        tree.Write("two/a_one.py");
        tree.Write("two/excluded.py");
        tree.Write("two/a_outer.py");

        Assert.Equal(["one/a_outer.py", "two/a_one.py", "two/excluded.py"], Files(tree.Path));
    }

    [Fact]
    public void A_linked_worktree_takes_info_exclude_from_the_common_git_directory()
    {
        using var tree = new TemporaryDirectory();
        MakeWorkTree(tree, "main", infoExclude: "private.py\n");
        tree.CreateDirectory("main/.git/worktrees/feature");
        tree.Write("main/.git/worktrees/feature/commondir", "../..\n");
        tree.Write("feature/.git", $"gitdir: {tree.Combine("main/.git/worktrees/feature")}\n");
        tree.Write("feature/private.py");
        tree.Write("feature/public.py");

        Assert.Equal(["public.py"], Files(tree.Combine("feature")));
        Assert.Equal(tree.Combine("feature"), GitWorkTree.Find(tree.Combine("feature"))!.Top);
    }

    [Fact]
    public void Symlinked_directories_are_not_followed_but_symlinked_files_are_listed()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("real/mod.py");
        Directory.CreateSymbolicLink(tree.Combine("loop"), tree.Path);
        File.CreateSymbolicLink(tree.Combine("alias.py"), tree.Combine("real/mod.py"));

        Assert.Equal(["alias.py", "real/mod.py"], Files(tree.Path));
    }

    [Fact]
    public void A_missing_root_is_an_error()
    {
        using var tree = new TemporaryDirectory();

        Assert.Throws<DirectoryNotFoundException>(() => List(tree.Combine("missing")));
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("a/b.py");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new DirectoryWalker().ListPythonFiles(tree.Path, cancelled.Token));
    }
}
