using System.Text.Json.Nodes;
using ClawDev.Core.Workspace;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>A workspace with traps in it: the server starts, logs each trap, and indexes everything else.</summary>
public sealed class WorkspaceTrapIndexingTests
{
    private const string Undocumented = "def fetch(url):\n    return url\n";

    private static string[] IndexedModules(JsonObject coverage) =>
        [.. coverage["modules"]!.AsArray().Select(m => (string)m!["path"]!).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task A_folder_deeper_than_PATH_MAX_is_logged_and_the_rest_is_indexed()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("pkg/__init__.py", Undocumented);
        folder.Write("pkg/sub/b.py", Undocumented);
        folder.MakeDeeperThanPathMax("pkg/deep");
        await using var workspace = await LspWorkspace.OpenAsync(folder);

        var coverage = await workspace.CoverageAsync();

        Assert.True((bool)coverage["complete"]!);
        Assert.Equal(["pkg/__init__.py", "pkg/sub/b.py"], IndexedModules(coverage));
        Assert.Contains(DirectoryWalker.UnreadableDirectoryNote, workspace.Server.Stderr);
        Assert.DoesNotContain("indexing failed", workspace.Server.Stderr);
    }

    [Fact]
    public async Task Named_pipes_as_pyproject_toml_gitignore_and_a_Python_file_neither_block_initialize_nor_the_index()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("a.py", Undocumented);
        folder.MakeNamedPipe("pyproject.toml");
        folder.MakeNamedPipe(".gitignore");
        folder.MakeNamedPipe("pipe.py");
        await using var workspace = await LspWorkspace.OpenAsync(folder);

        var coverage = await workspace.CoverageAsync();

        Assert.True((bool)coverage["complete"]!);
        Assert.Equal(["a.py"], IndexedModules(coverage));
    }

    [Fact]
    public async Task A_folder_that_cannot_be_read_is_logged_and_the_rest_is_indexed()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("pkg/__init__.py", Undocumented);
        folder.Write("pkg/locked/b.py", Undocumented);
        folder.Write("pkg/z/c.py", Undocumented);
        using var locked = FilePermissions.Lock(folder.Combine("pkg/locked"));
        await using var server = ServerProcess.Start(FilePermissions.Enforced, "--stdio");
        var end = await server.OpenAndIndexAsync(folder.Path);

        var coverage = (await server.Client.RequestAsync("clawdev/documentationCoverage", new JsonObject()))["result"]!.AsObject();

        Assert.Contains("indexed 2 files", (string?)end["params"]!["value"]!["message"]);
        Assert.True((bool)coverage["complete"]!);
        Assert.Equal(["pkg/__init__.py", "pkg/z/c.py"], IndexedModules(coverage));
    }

    [Fact]
    public async Task A_configured_pattern_that_runs_out_of_time_is_logged_by_name_and_the_index_completes()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("pyproject.toml", "[tool.interrogate]\nignore-regex = [\"^(?=(a+)+!)\"]\n");
        folder.Write("m.py", "def aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab():\n    pass\n");
        await using var workspace = await LspWorkspace.OpenAsync(folder);

        var coverage = await workspace.CoverageAsync();

        Assert.Equal(["m.py"], IndexedModules(coverage));
        Assert.Contains("the pattern \"^(?=(a+)+!)\" took more than 100 ms", workspace.Server.Stderr);
    }
}
