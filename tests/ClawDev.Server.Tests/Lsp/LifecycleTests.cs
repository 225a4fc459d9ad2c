using System.Text.Json.Nodes;
using ClawDev.Server.Tests.Lsp.Infrastructure;

namespace ClawDev.Server.Tests.Lsp;

public sealed class LifecycleTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task Initialize_declares_only_what_is_implemented_with_utf16_positions_by_default()
    {
        await using var server = new InProcessServer();
        var result = await server.InitializeAsync();

        var capabilities = result["capabilities"]!.AsObject();
        Assert.Equal("utf-16", (string?)capabilities["positionEncoding"]);
        Assert.Equal(2, (int)capabilities["textDocumentSync"]!["change"]!);
        Assert.True((bool)capabilities["textDocumentSync"]!["openClose"]!);
        Assert.True((bool)capabilities["workspace"]!["workspaceFolders"]!["supported"]!);
        Assert.True((bool)capabilities["hoverProvider"]!);
        Assert.Equal(["hoverProvider", "positionEncoding", "textDocumentSync", "workspace"], capabilities.Select(p => p.Key).Order());
        Assert.Equal("clawdev", (string?)result["serverInfo"]!["name"]);
    }

    [Theory]
    [InlineData(new[] { "utf-8", "utf-16" }, "utf-8")]
    [InlineData(new[] { "utf-32", "utf-8" }, "utf-8")]
    [InlineData(new[] { "utf-16" }, "utf-16")]
    [InlineData(new[] { "utf-32" }, "utf-16")]
    public async Task Initialize_picks_utf8_when_the_client_offers_it(string[] offered, string expected)
    {
        await using var server = new InProcessServer();
        var result = await server.InitializeAsync(new JsonObject
        {
            ["general"] = new JsonObject { ["positionEncodings"] = new JsonArray([.. offered.Select(e => JsonValue.Create(e))]) },
        });
        Assert.Equal(expected, (string?)result["capabilities"]!["positionEncoding"]);
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_code_0()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();

        var shutdown = await server.Client.RequestAsync("shutdown");
        Assert.True(shutdown.ContainsKey("result"));
        Assert.Null(shutdown["result"]);
        Assert.Null(shutdown["error"]);

        await server.Client.NotifyAsync("exit");
        Assert.Equal(0, await server.Run.WaitAsync(RawLspClient.DefaultTimeout));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        await server.Client.NotifyAsync("exit");
        Assert.Equal(1, await server.Run.WaitAsync(RawLspClient.DefaultTimeout));
    }

    [Fact]
    public async Task Exit_before_initialize_ends_with_code_1()
    {
        await using var server = new InProcessServer();
        await server.Client.NotifyAsync("exit");
        Assert.Equal(1, await server.Run.WaitAsync(RawLspClient.DefaultTimeout));
    }

    [Fact]
    public async Task The_end_of_the_input_ends_the_server()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        await server.Client.RequestAsync("shutdown");
        await server.Client.DisposeAsync();
        Assert.Equal(0, await server.Run.WaitAsync(RawLspClient.DefaultTimeout));
    }

    [Theory]
    [InlineData("shutdown")]
    [InlineData("textDocument/hover")]
    [InlineData("no/suchMethod")]
    public async Task A_request_before_initialize_gets_ServerNotInitialized(string method)
    {
        await using var server = new InProcessServer();
        var response = await server.Client.RequestAsync(method, new JsonObject());
        Assert.Equal(-32002, (int)response["error"]!["code"]!);

        // The server still initializes normally afterwards.
        var result = await server.InitializeAsync();
        Assert.NotNull(result["capabilities"]);
    }

    [Fact]
    public async Task A_notification_before_initialize_is_dropped()
    {
        await using var server = new InProcessServer();
        await server.Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open("file:///early.py", "x = 1\n"));
        await server.InitializeAsync();
        await server.Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open("file:///late.py", "y = 2\n"));

        var state = await server.StateAsync(s => s.Documents.ContainsKey("file:///late.py"));
        Assert.False(state.Documents.ContainsKey("file:///early.py"));
    }

    [Fact]
    public async Task An_unknown_method_gets_MethodNotFound_and_an_unknown_protocol_notification_is_ignored()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();

        var unknown = await server.Client.RequestAsync("clawdev/noSuchThing", new JsonObject());
        Assert.Equal(-32601, (int)unknown["error"]!["code"]!);

        var unknownProtocolRequest = await server.Client.RequestAsync("$/noSuchThing", new JsonObject());
        Assert.Equal(-32601, (int)unknownProtocolRequest["error"]!["code"]!);

        await server.Client.NotifyAsync("$/noSuchNotification", new JsonObject { ["x"] = 1 });
        await server.Client.NotifyAsync("clawdev/noSuchNotification", new JsonObject());
        Assert.True(await server.Client.NothingArrivesAsync(m => m["error"] is not null, Quiet));

        var shutdown = await server.Client.RequestAsync("shutdown");
        Assert.Null(shutdown["error"]);
    }

    [Theory]
    [InlineData("shutdown")]
    [InlineData("initialize")]
    [InlineData("no/suchMethod")]
    public async Task A_request_after_shutdown_gets_InvalidRequest(string method)
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        await server.Client.RequestAsync("shutdown");

        var response = await server.Client.RequestAsync(method, new JsonObject { ["capabilities"] = new JsonObject() });
        Assert.Equal(-32600, (int)response["error"]!["code"]!);

        await server.Client.NotifyAsync("exit");
        Assert.Equal(0, await server.Run.WaitAsync(RawLspClient.DefaultTimeout));
    }

    [Fact]
    public async Task A_second_initialize_gets_InvalidRequest()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        var again = await server.Client.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });
        Assert.Equal(-32600, (int)again["error"]!["code"]!);
    }

    [Fact]
    public async Task SetTrace_turns_logTrace_on_and_off()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        await server.Client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "verbose" });
        await server.Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open("file:///t.py", "x\n"));

        var trace = await server.Client.NotificationAsync("$/logTrace", m => ((string?)m["params"]!["message"])!.Contains("textDocument/didOpen"));
        Assert.Contains("arrival order", (string?)trace["params"]!["verbose"]);

        await server.Client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "off" });
        await server.StateAsync(s => s.Trace == "off");
        await server.Client.NotifyAsync("textDocument/didClose", DocumentJson.Close("file:///t.py"));
        Assert.True(await server.Client.NothingArrivesAsync(m => (string?)m["method"] == "$/logTrace" && ((string?)m["params"]!["message"])!.Contains("didClose"), Quiet));
    }

    [Fact]
    public async Task A_request_sent_as_a_notification_is_ignored_and_a_notification_sent_as_a_request_is_refused()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        var roots = server.State.Roots;

        // As notifications, neither may run: a second initialize would replace the session, a shutdown would end it.
        await server.Client.NotifyAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject(), ["workspaceFolders"] = new JsonArray() });
        await server.Client.NotifyAsync("shutdown");
        var didOpen = await server.Client.RequestAsync("textDocument/didOpen", DocumentJson.Open("file:///r.py", "x\n"));
        Assert.Equal(-32600, (int)didOpen["error"]!["code"]!);
        Assert.False(server.State.Documents.ContainsKey("file:///r.py"));

        var coverage = await server.Client.RequestAsync("clawdev/documentationCoverage", new JsonObject());
        Assert.Null(coverage["error"]);
        Assert.Equal(roots, server.State.Roots);
        Assert.Null((await server.Client.RequestAsync("shutdown"))["error"]);
    }
}
