using System.Diagnostics;
using System.Text.Json.Nodes;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>The real executable over stdio, as an editor runs it.</summary>
public sealed class ServerProcessTests
{
    [Fact]
    public async Task Initialize_shutdown_exit_over_stdio_exits_with_0_and_stdout_carries_only_frames()
    {
        await using var server = ServerProcess.Start("--stdio");
        var initialize = await server.Client.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["capabilities"] = new JsonObject() });
        Assert.Equal("utf-16", (string?)initialize["result"]!["capabilities"]!["positionEncoding"]);
        await server.Client.NotifyAsync("initialized", new JsonObject());

        // Logging happens on this path; none of it may reach stdout, which the client parses strictly as frames.
        await server.Client.SendRawAsync("this is not a frame\r\n\r\n");
        Assert.Equal(-32700, (int)(await server.Client.ErrorWithoutIdAsync())["error"]!["code"]!);

        Assert.Null((await server.Client.RequestAsync("shutdown"))["error"]);
        await server.Client.NotifyAsync("exit");
        Assert.Equal(0, await server.ExitCodeAsync());
        Assert.Contains("shutdown requested", await server.Stderr);
    }

    [Fact]
    public async Task Over_stdio_an_opened_file_gets_diagnostics_a_hover_coverage_and_a_fix_that_clears_its_diagnostic()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("pkg/io.py", "\"\"\"Input and output.\"\"\"\n\n\ndef read(path):\n    return path\n");
        var uri = new Uri(folder.Combine("pkg/io.py")).AbsoluteUri;
        await using var server = ServerProcess.Start("--stdio");
        var capabilities = LspWorkspace.CodeActionCapabilities();
        capabilities["window"] = new JsonObject { ["workDoneProgress"] = true };
        await server.Client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = null,
            ["capabilities"] = capabilities,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = new Uri(folder.Path).AbsoluteUri, ["name"] = "w" }),
        });
        await server.Client.NotifyAsync("initialized", new JsonObject());
        await server.Client.NextAsync(m => (string?)m["method"] == "$/progress" && (string?)m["params"]!["value"]!["kind"] == "end");

        await server.Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open(uri, File.ReadAllText(folder.Combine("pkg/io.py"))));
        var published = await server.Client.NotificationAsync("textDocument/publishDiagnostics", m => (string?)m["params"]!["uri"] == uri);
        Assert.Equal("D103", (string?)published["params"]!["diagnostics"]![0]!["code"]);

        var hover = await server.Client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["position"] = new JsonObject { ["line"] = 3, ["character"] = 5 },
        });
        Assert.Contains("D103", (string?)hover["result"]!["contents"]!["value"]);

        var coverage = await server.Client.RequestAsync("clawdev/documentationCoverage", new JsonObject());
        Assert.True((bool)coverage["result"]!["complete"]!);
        Assert.Equal("pkg.io", (string?)coverage["result"]!["modules"]![0]!["module"]);

        // codeAction → resolve → apply the edit → the diagnostic clears.
        var diagnostic = published["params"]!["diagnostics"]![0]!;
        var actions = await server.Client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = diagnostic["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.DeepClone()), ["only"] = new JsonArray("quickfix") },
        });
        var resolved = await server.Client.RequestAsync("codeAction/resolve", actions["result"]![0]!.DeepClone());
        var text = File.ReadAllText(folder.Combine("pkg/io.py"));
        var fixedText = AppliedEdits.Apply(text, AppliedEdits.EditsOf(resolved["result"]!["edit"]!, uri));
        await server.Client.NotifyAsync("textDocument/didChange", DocumentJson.Change(uri, 2, DocumentJson.Replace(fixedText)));
        var cleared = await server.Client.NotificationAsync("textDocument/publishDiagnostics", m => (string?)m["params"]!["uri"] == uri && (int?)m["params"]!["version"] == 2);
        Assert.Empty(cleared["params"]!["diagnostics"]!.AsArray());

        Assert.Null((await server.Client.RequestAsync("shutdown"))["error"]);
        await server.Client.NotifyAsync("exit");
        Assert.Equal(0, await server.ExitCodeAsync());
    }

    [Fact]
    public async Task Over_stdio_first_issues_come_from_GitHub_and_from_the_cache_when_GitHub_rate_limits()
    {
        // Octokit's JSON, the HTTP stack and the SQLite cache (a native library) in the server that ships.
        await using var scenario = new GitHubScenario();
        using var cache = new TemporaryDirectory();
        await using var server = ServerProcess.Start(start => { start.Environment["CLAWDEV_CACHE_DIR"] = cache.Path; return start; }, "--stdio");
        // severity tells when the settings are in place: text.py's D103 is then published as an error.
        var settings = new JsonObject { ["github"] = new JsonObject { ["apiUrl"] = scenario.ApiUrl }, ["severity"] = new JsonObject { ["D103"] = "error" } };
        server.Client.ServerRequestAnswers["workspace/configuration"] = _ => new JsonArray(settings.DeepClone());
        await server.Client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = null,
            ["capabilities"] = new JsonObject { ["workspace"] = new JsonObject { ["configuration"] = true } },
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = new Uri(scenario.Repository.Path).AbsoluteUri, ["name"] = "w" }),
        });
        await server.Client.NotifyAsync("initialized", new JsonObject());
        var uri = new Uri(scenario.Repository.Combine("tinylib/text.py")).AbsoluteUri;
        await server.Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open(uri, File.ReadAllText(scenario.Repository.Combine("tinylib/text.py"))));
        await server.Client.NotificationAsync("textDocument/publishDiagnostics",
            m => m["params"]!["diagnostics"]!.AsArray().Any(d => (string?)d!["code"] == "D103" && (int)d["severity"]! == 1));
        var at = new JsonObject { ["uri"] = uri, ["position"] = new JsonObject { ["line"] = 3, ["character"] = 4 } };

        var fresh = (await server.Client.RequestAsync("clawdev/findFirstIssues", at.DeepClone()))["result"]!;
        scenario.RateLimitEverything(DateTimeOffset.UtcNow.AddMinutes(20));
        var cached = (await server.Client.RequestAsync("clawdev/findFirstIssues", at.DeepClone()))["result"]!;

        Assert.True(fresh["problem"] is null, fresh.ToJsonString());
        Assert.Equal([12, 13], fresh["items"]!.AsArray().Select(item => (int)item!["number"]!));
        Assert.Contains("mentions tinylib/text.py", fresh["items"]![0]!["reasons"]!.AsArray().Select(reason => (string?)reason));
        Assert.Equal("octokit-fixture-user-a", (string?)fresh["items"]![1]!["claimed"]!["by"]);
        Assert.Equal("shout", (string?)fresh["microTasks"]![0]!["object"]);
        Assert.Equal([12, 13], cached["items"]!.AsArray().Select(item => (int)item!["number"]!));
        Assert.InRange((long)cached["cachedAgeSeconds"]!, 0, 120);
    }

    [Fact]
    public async Task Over_stdio_a_Content_Length_over_the_frame_limit_is_logged_and_later_requests_are_still_answered()
    {
        await using var server = ServerProcess.Start("--stdio");
        await server.Client.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["capabilities"] = new JsonObject() });
        await server.Client.NotifyAsync("initialized", new JsonObject());

        await server.Client.SendRawAsync("Content-Length: 999999999999\r\n\r\n");
        Assert.Equal(-32700, (int)(await server.Client.ErrorWithoutIdAsync())["error"]!["code"]!);
        var hover = await server.Client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "file:///nowhere/x.py" },
            ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
        });
        Assert.Null(hover["error"]);

        Assert.Null((await server.Client.RequestAsync("shutdown"))["error"]);
        await server.Client.NotifyAsync("exit");
        Assert.Equal(0, await server.ExitCodeAsync());
        Assert.Contains("a message of 999999999999 bytes is larger than the limit", await server.Stderr);
    }

    [Fact]
    public async Task Exit_without_shutdown_exits_with_1()
    {
        await using var server = ServerProcess.Start();
        await server.Client.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });
        await server.Client.NotifyAsync("exit");
        Assert.Equal(1, await server.ExitCodeAsync());
    }

    [Fact]
    public async Task The_server_exits_when_the_client_process_dies()
    {
        using var client = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        await using var server = ServerProcess.Start("--stdio", "--clientProcessId", client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await server.Client.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });

        client.Kill();
        await client.WaitForExitAsync();
        Assert.Equal(1, await server.ExitCodeAsync());
        Assert.Contains($"the client process {client.Id} has exited", await server.Stderr);
    }

    [Fact]
    public async Task The_server_exits_when_the_initialize_processId_dies()
    {
        using var client = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        await using var server = ServerProcess.Start();
        await server.Client.RequestAsync("initialize", new JsonObject { ["processId"] = client.Id, ["capabilities"] = new JsonObject() });

        client.Kill();
        await client.WaitForExitAsync();
        Assert.Equal(1, await server.ExitCodeAsync());
    }

    [Fact]
    public async Task A_bad_command_line_is_refused_with_exit_code_2()
    {
        await using var server = ServerProcess.Start("--clientProcessId", "not-a-number");
        Assert.Equal(2, await server.ExitCodeAsync());
        Assert.Contains("--clientProcessId", await server.Stderr);
    }
}
