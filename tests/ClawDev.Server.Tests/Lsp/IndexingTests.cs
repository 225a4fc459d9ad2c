using System.Text.Json.Nodes;
using ClawDev.Core.Configuration;
using ClawDev.Core.Drafting;
using ClawDev.Core.Workspace;
using ClawDev.GitHub.Git;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>The workspace index: built at start with progress, kept up to date from disk and open documents.</summary>
public sealed class IndexingTests
{
    private const string Undocumented = "def fetch(url):\n    return url\n";
    private const string Documented = "\"\"\"A module.\"\"\"\n\n\ndef fetch(url):\n    \"\"\"Fetch url.\"\"\"\n    return url\n";

    [Fact]
    public async Task Initialized_indexes_the_workspace_with_cancellable_progress_that_ends()
    {
        using var folder = new TemporaryDirectory();
        for (var i = 0; i < 30; i++)
        {
            folder.Write($"pkg/module_{i:00}.py", Undocumented);
        }
        await using var workspace = await LspWorkspace.OpenAsync(folder);

        var create = workspace.Client.ServerRequests.Single(r => (string?)r["method"] == "window/workDoneProgress/create");
        var token = (string)create["params"]!["token"]!;
        var begin = await ProgressAsync(workspace, token, "begin");
        Assert.True((bool)begin["cancellable"]!);
        Assert.Equal(0, (int)begin["percentage"]!);
        var end = await ProgressAsync(workspace, token, "end");
        Assert.Contains("indexed 30 files", (string?)end["message"]);

        var coverage = await workspace.CoverageAsync();
        Assert.True((bool)coverage["complete"]!);
        Assert.Equal(30, coverage["modules"]!.AsArray().Count);
        Assert.Equal(60, (int)coverage["total"]!["total"]!);
        Assert.Equal(0, (int)coverage["total"]!["documented"]!);
        await workspace.Client.NotificationAsync("clawdev/refreshDocumentationCoverage");
    }

    [Fact]
    public async Task Progress_reports_rise_to_100_percent_between_begin_and_end()
    {
        using var folder = new TemporaryDirectory();
        for (var i = 0; i < 300; i++)
        {
            folder.Write($"m{i:000}.py", Undocumented);
        }
        await using var workspace = await LspWorkspace.OpenAsync(folder);
        var token = (string)workspace.Client.ServerRequests.Single(r => (string?)r["method"] == "window/workDoneProgress/create")["params"]!["token"]!;
        await ProgressAsync(workspace, token, "end");

        // Every report was sent before the end, so all of them are waiting to be read.
        var percentages = new List<int>();
        try
        {
            while (true)
            {
                var report = await workspace.Client.NextAsync(m => IsProgress(m, token, "report"), TimeSpan.FromMilliseconds(100));
                percentages.Add((int)report["params"]!["value"]!["percentage"]!);
            }
        }
        catch (TimeoutException)
        {
        }
        Assert.NotEmpty(percentages);
        Assert.Equal(percentages.Order(), percentages);
        Assert.Equal(100, percentages[^1]);
    }

    [Fact]
    public async Task Cancelling_the_progress_stops_indexing_and_leaves_the_index_incomplete()
    {
        using var folder = new TemporaryDirectory();
        WriteManyModules(folder, i => $"pkg{i / 100}/module_{i:000}.py");
        await using var workspace = await LspWorkspace.OpenAsync(folder, waitForIndex: false);
        var create = await WaitForServerRequestAsync(workspace, "window/workDoneProgress/create");
        var token = (string)create["params"]!["token"]!;
        await ProgressAsync(workspace, token, "begin");

        await workspace.Client.NotifyAsync("window/workDoneProgress/cancel", new JsonObject { ["token"] = token });
        var end = await ProgressAsync(workspace, token, "end");
        Assert.Contains("cancelled by the user", (string?)end["message"]);

        var coverage = await workspace.CoverageAsync();
        Assert.False((bool)coverage["complete"]!);
        Assert.InRange(coverage["modules"]!.AsArray().Count, 0, 399);
    }

    [Fact]
    public async Task A_draft_made_before_the_workspace_is_indexed_says_it_used_partial_evidence()
    {
        using var folder = new TemporaryDirectory();
        WriteManyModules(folder, i => $"pkg{i / 100}/module_{i:000}.py");
        const string server = "\"\"\"Server.\"\"\"\n\n\ndef serve(port):\n    return port\n";
        folder.Write("net/server.py", server);
        var capabilities = LspWorkspace.CodeActionCapabilities();
        capabilities["workspace"]!["workspaceEdit"]!["changeAnnotationSupport"] = new JsonObject { ["groupsOnLabel"] = true };
        await using var workspace = await LspWorkspace.OpenAsync(folder, extraCapabilities: capabilities, waitForIndex: false);
        await CancelIndexingAsync(workspace);

        await workspace.OpenDocumentAsync("net/server.py", server);
        var diagnostics = (await workspace.DiagnosticsAsync("net/server.py", version: 1))["diagnostics"]!.AsArray();
        var documentAll = Assert.Single(await workspace.CodeActionsAsync("net/server.py", diagnostics[0]!, "source"))!;
        var edit = (await workspace.ResolveAsync(documentAll))["result"]!["edit"]!;

        var descriptions = edit["changeAnnotations"]!.AsObject().Select(a => (string?)a.Value!["description"]).ToList();
        Assert.NotEmpty(descriptions);
        Assert.All(descriptions, d => Assert.Contains(DocstringDrafter.PartialEvidenceNote, d));
    }

    [Fact]
    public async Task After_a_cancelled_indexing_re_indexing_one_folder_does_not_make_the_index_complete()
    {
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();
        WriteManyModules(first, i => $"m{i:000}.py");
        second.Write("b.py", Undocumented);
        await using var workspace = await LspWorkspace.OpenAsync(first, waitForIndex: false);
        await CancelIndexingAsync(workspace);

        await workspace.Client.NotifyAsync("workspace/didChangeWorkspaceFolders", new JsonObject
        {
            ["event"] = new JsonObject
            {
                ["added"] = new JsonArray(new JsonObject { ["uri"] = new Uri(second.Path).AbsoluteUri, ["name"] = "second" }),
                ["removed"] = new JsonArray(),
            },
        });
        var state = await workspace.Server.StateAsync(s => s.Index.IndexedFolders.Contains(second.Path));
        Assert.False(state.IsIndexComplete);
        Assert.False((bool)(await workspace.CoverageAsync())["complete"]!);
    }

    [Fact]
    public async Task Coverage_matches_clawdev_scan_on_the_same_repository()
    {
        await using var workspace = await LspWorkspace.OpenAsync(Fixture.Copy("sample-repo"));
        var scan = new WorkspaceScanner(new GitFileLister()).Scan(workspace.Folder.Path, ProjectConfiguration.Load(workspace.Folder.Path), new ScanOptions(), CancellationToken.None);

        var coverage = await workspace.CoverageAsync();
        Assert.Equal(scan.TotalCoverage.Total, (int)coverage["total"]!["total"]!);
        Assert.Equal(scan.TotalCoverage.Documented, (int)coverage["total"]!["documented"]!);
        var modules = coverage["modules"]!.AsArray();
        Assert.Equal(scan.Files.Select(f => f.RelativePath).Order(StringComparer.Ordinal), modules.Select(m => (string)m!["path"]!).Order(StringComparer.Ordinal));
        foreach (var file in scan.Files)
        {
            var module = modules.Single(m => (string?)m!["path"] == file.RelativePath)!;
            Assert.Equal(file.Coverage.Missing, module["missing"]!.AsArray().Select(m => (string)m!["symbol"]!));
            Assert.Equal(file.Coverage.ExcludedBecause, (string?)module["excludedBecause"]);
        }
    }

    [Fact]
    public async Task Coverage_names_each_missing_definition_with_its_line_and_can_be_asked_for_a_folder_or_a_file()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("pkg/__init__.py", "\"\"\"Package.\"\"\"\n");
        folder.Write("pkg/shapes.py", "\"\"\"Shapes.\"\"\"\n\n\nclass Square:\n    def area(self):\n        return 1\n\n    def side(self):\n        \"\"\"Side.\"\"\"\n");
        folder.Write("solo.py", Undocumented);
        await using var workspace = await LspWorkspace.OpenAsync(folder);

        var package = await workspace.CoverageAsync(new Uri(folder.Combine("pkg")).AbsoluteUri);
        Assert.Equal(["pkg/__init__.py", "pkg/shapes.py"], package["modules"]!.AsArray().Select(m => (string)m!["path"]!));
        var shapes = package["modules"]![1]!;
        Assert.Equal("pkg.shapes", (string?)shapes["module"]);
        Assert.Equal(workspace.Uri("pkg/shapes.py"), (string?)shapes["uri"]);
        Assert.Equal(4, (int)shapes["total"]!);
        Assert.Equal(2, (int)shapes["documented"]!);
        Assert.Equal(50.0, (double)shapes["percent"]!);
        Assert.Equal(
            ["Square@3:6-12", "Square.area@4:8-12"],
            shapes["missing"]!.AsArray().Select(m => $"{m!["symbol"]}@{m["line"]}:{m["range"]!["start"]!["character"]}-{m["range"]!["end"]!["character"]}"));

        var single = await workspace.CoverageAsync(workspace.Uri("solo.py"));
        var run = Assert.Single(single["modules"]!.AsArray())!;
        Assert.Equal(["solo", "fetch"], run["missing"]!.AsArray().Select(m => (string)m!["symbol"]!));
        Assert.Equal(0, (int)run["missing"]![0]!["line"]!);
        Assert.Equal(0.0, (double)single["total"]!["percent"]!);

        var response = await workspace.Client.RequestAsync("clawdev/documentationCoverage", new JsonObject { ["uri"] = "untitled:Untitled-1" });
        Assert.Equal(-32602, (int)response["error"]!["code"]!);
        var noParameters = await workspace.Client.RequestAsync("clawdev/documentationCoverage");
        Assert.Equal(3, noParameters["result"]!["modules"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_open_document_overrides_the_disk_until_it_is_closed()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("m.py", Undocumented);
        await using var workspace = await LspWorkspace.OpenAsync(folder);
        Assert.Equal(0, await DocumentedAsync(workspace, "m.py"));

        await workspace.OpenDocumentAsync("m.py", Documented);
        await workspace.DiagnosticsAsync("m.py", version: 1);
        // Waiting for a coverage refresh is not enough: the one the initial indexing sent may still be unread.
        await workspace.Server.StateAsync(s => s.Index.Find(folder.Combine("m.py")) is { IsFromOpenDocument: true });
        Assert.Equal(2, await DocumentedAsync(workspace, "m.py"));

        await workspace.Client.NotifyAsync("textDocument/didClose", DocumentJson.Close(workspace.Uri("m.py")));
        await workspace.Server.StateAsync(s => s.Index.Find(folder.Combine("m.py")) is { IsFromOpenDocument: false });
        Assert.Equal(0, await DocumentedAsync(workspace, "m.py"));
    }

    [Fact]
    public async Task Watched_file_events_re_read_created_changed_and_deleted_files()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("a.py", Undocumented);
        await using var workspace = await LspWorkspace.OpenAsync(folder);

        folder.Write("a.py", Documented);
        folder.Write("sub/b.py", Undocumented);
        await WatchedAsync(workspace, ("a.py", 2), ("sub/b.py", 1));
        await workspace.Server.StateAsync(s => s.Index.Find(folder.Combine("sub/b.py")) is not null && s.Index.Find(folder.Combine("a.py"))?.Facts?.Documented == 2);

        Directory.Delete(folder.Combine("sub"), recursive: true);
        await WatchedAsync(workspace, ("sub", 3));
        await workspace.Server.StateAsync(s => s.Index.Find(folder.Combine("sub/b.py")) is { Facts: null });
        var coverage = await workspace.CoverageAsync();
        Assert.Equal(["a.py"], coverage["modules"]!.AsArray().Select(m => (string)m!["path"]!));
    }

    [Fact]
    public async Task Workspace_diagnostics_are_published_for_files_that_are_not_open_only_while_the_setting_is_on()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("a.py", Undocumented);
        folder.Write("b.py", Documented);
        await using var workspace = await LspWorkspace.OpenAsync(folder, new JsonObject { ["workspaceDiagnostics"] = true });

        var a = await workspace.DiagnosticsAsync("a.py");
        Assert.Null(a["version"]);
        Assert.Equal(["D100", "D103"], a["diagnostics"]!.AsArray().Select(d => (string)d!["code"]!).Order(StringComparer.Ordinal));

        // Opening the file puts its own diagnostics in place; they are not overwritten by the disk's.
        await workspace.OpenDocumentAsync("a.py", Documented);
        Assert.Empty((await workspace.DiagnosticsAsync("a.py", version: 1))["diagnostics"]!.AsArray());
        await workspace.Client.NotifyAsync("textDocument/didClose", DocumentJson.Close(workspace.Uri("a.py")));
        Assert.Empty((await workspace.DiagnosticsAsync("a.py"))["diagnostics"]!.AsArray());
        Assert.Equal(2, (await workspace.DiagnosticsAsync("a.py"))["diagnostics"]!.AsArray().Count);

        workspace.Settings = new JsonObject { ["debounceMs"] = 0, ["workspaceDiagnostics"] = false };
        await workspace.ChangeSettingsAsync(s => !s.Settings.WorkspaceDiagnostics);
        Assert.Empty((await workspace.DiagnosticsAsync("a.py"))["diagnostics"]!.AsArray());
        Assert.True(await workspace.Client.NothingArrivesAsync(m => (string?)m["params"]?["uri"] == workspace.Uri("b.py"), TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Without_the_setting_no_file_that_is_not_open_gets_diagnostics()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("a.py", Undocumented);
        await using var workspace = await LspWorkspace.OpenAsync(folder);
        Assert.True(await workspace.Client.NothingArrivesAsync(m => (string?)m["method"] == "textDocument/publishDiagnostics", TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Added_folders_are_indexed_and_removed_ones_forgotten()
    {
        using var first = new TemporaryDirectory();
        first.Write("a.py", Undocumented);
        using var second = new TemporaryDirectory();
        second.Write("b.py", Undocumented);
        await using var workspace = await LspWorkspace.OpenAsync(first);

        await workspace.Client.NotifyAsync("workspace/didChangeWorkspaceFolders", new JsonObject
        {
            ["event"] = new JsonObject
            {
                ["added"] = new JsonArray(new JsonObject { ["uri"] = new Uri(second.Path).AbsoluteUri, ["name"] = "second" }),
                ["removed"] = new JsonArray(new JsonObject { ["uri"] = workspace.FolderUri, ["name"] = "workspace" }),
            },
        });
        await workspace.Server.StateAsync(s => s.Roots.Length == 1 && s.IsIndexComplete && s.Index.Find(second.Combine("b.py")) is not null);
        var coverage = await workspace.CoverageAsync();
        Assert.Equal([new Uri(second.Combine("b.py")).AbsoluteUri], coverage["modules"]!.AsArray().Select(m => (string)m!["uri"]!));
    }

    [Fact]
    public async Task A_configuration_file_change_re_indexes_its_folder_with_the_new_rules()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("a.py", Undocumented);
        folder.Write("pyproject.toml", "[tool.clawdev]\nprofile = \"pydocstyle\"\n");
        await using var workspace = await LspWorkspace.OpenAsync(folder, new JsonObject { ["workspaceDiagnostics"] = true });
        Assert.Equal(2, (await workspace.DiagnosticsAsync("a.py"))["diagnostics"]!.AsArray().Count);

        folder.Write("pyproject.toml", "[tool.clawdev]\nprofile = \"pydocstyle\"\nignore = [\"D100\"]\n");
        await WatchedAsync(workspace, ("pyproject.toml", 1));
        var after = await workspace.DiagnosticsAsync("a.py");
        Assert.Equal(["D103"], after["diagnostics"]!.AsArray().Select(d => (string)d!["code"]!));
    }

    [Fact]
    public async Task Saving_a_configuration_file_in_the_editor_reloads_it()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("a.py", Undocumented);
        folder.Write("pyproject.toml", "[tool.clawdev]\nprofile = \"pydocstyle\"\n");
        await using var workspace = await LspWorkspace.OpenAsync(folder, new JsonObject { ["workspaceDiagnostics"] = true });
        Assert.Equal(2, (await workspace.DiagnosticsAsync("a.py"))["diagnostics"]!.AsArray().Count);

        folder.Write("pyproject.toml", "[tool.clawdev]\nprofile = \"pydocstyle\"\nignore = [\"D103\"]\n");
        await workspace.Client.NotifyAsync("textDocument/didSave", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = workspace.Uri("pyproject.toml") } });
        var after = await workspace.DiagnosticsAsync("a.py");
        Assert.Equal(["D100"], after["diagnostics"]!.AsArray().Select(d => (string)d!["code"]!));
    }

    private static async Task<int> DocumentedAsync(LspWorkspace workspace, string relativePath)
    {
        var coverage = await workspace.CoverageAsync(workspace.Uri(relativePath));
        return (int)coverage["modules"]![0]!["documented"]!;
    }

    private static Task WatchedAsync(LspWorkspace workspace, params (string Path, int Type)[] events) =>
        workspace.Client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray([.. events.Select(e => new JsonObject { ["uri"] = workspace.Uri(e.Path), ["type"] = e.Type })]),
        });

    private static bool IsProgress(JsonObject message, string token, string kind) =>
        (string?)message["method"] == "$/progress" && (string?)message["params"]!["token"] == token && (string?)message["params"]!["value"]!["kind"] == kind;

    /// <summary>Enough work (400 modules, 240,000 lines) that a cancellation sent as soon as indexing begins arrives long before the end.</summary>
    private static void WriteManyModules(TemporaryDirectory folder, Func<int, string> path)
    {
        // Documented, as a library's functions are by habit: one without a docstring is then a gap to report.
        var body = string.Concat(Enumerable.Range(0, 150).Select(i => $"def function_{i}(a, b):\n    \"\"\"Add.\"\"\"\n    return a + b\n\n\n"));
        for (var i = 0; i < 400; i++)
        {
            folder.Write(path(i), body);
        }
    }

    /// <summary>Cancels the first indexing progress as soon as it begins and waits for its end.</summary>
    private static async Task CancelIndexingAsync(LspWorkspace workspace)
    {
        var token = (string)(await WaitForServerRequestAsync(workspace, "window/workDoneProgress/create"))["params"]!["token"]!;
        await ProgressAsync(workspace, token, "begin");
        await workspace.Client.NotifyAsync("window/workDoneProgress/cancel", new JsonObject { ["token"] = token });
        await ProgressAsync(workspace, token, "end");
    }

    private static async Task<JsonObject> ProgressAsync(LspWorkspace workspace, string token, string kind) =>
        (await workspace.Client.NextAsync(m => IsProgress(m, token, kind)))["params"]!["value"]!.AsObject();

    private static async Task<JsonObject> WaitForServerRequestAsync(LspWorkspace workspace, string method)
    {
        await workspace.Server.StateAsync(_ => workspace.Client.ServerRequests.Any(r => (string?)r["method"] == method));
        lock (workspace.Client.ServerRequests)
        {
            return workspace.Client.ServerRequests.First(r => (string?)r["method"] == method);
        }
    }
}
