using System.Text.Json.Nodes;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Tests.Lsp.Infrastructure;

namespace ClawDev.Server.Tests.Lsp;

public sealed class CancellationTests
{
    [Fact]
    public async Task CancelRequest_ends_a_running_request_with_RequestCancelled_and_the_server_keeps_serving()
    {
        var slow = new WaitsUntilCancelledHandler();
        await using var server = new InProcessServer(extraHandlers: [slow]);
        await server.InitializeAsync();

        var id = await server.Client.SendRequestAsync(WaitsUntilCancelledHandler.Method, new JsonObject());
        await slow.Started.WaitAsync(RawLspClient.DefaultTimeout);
        await server.Client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = id });

        var response = await server.Client.ResponseAsync(id);
        Assert.Equal(-32800, (int)response["error"]!["code"]!);
        Assert.Null((await server.Client.RequestAsync("shutdown"))["error"]);
    }

    [Fact]
    public async Task Reading_requests_run_concurrently_while_state_changes_stay_in_order()
    {
        var slow = new WaitsUntilCancelledHandler();
        await using var server = new InProcessServer(extraHandlers: [slow]);
        await server.InitializeAsync();

        var id = await server.Client.SendRequestAsync(WaitsUntilCancelledHandler.Method, new JsonObject());
        await slow.Started.WaitAsync(RawLspClient.DefaultTimeout);

        // The slow reader does not hold up the document changes queued behind it.
        await server.Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open("file:///a.py", "a\n"));
        await server.Client.NotifyAsync("textDocument/didChange", DocumentJson.Change("file:///a.py", 2, DocumentJson.Edit(0, 1, 0, 1, "b")));
        var state = await server.StateAsync(s => s.Documents.TryGetValue("file:///a.py", out var d) && d.Version == 2);
        Assert.Equal("ab\n", state.Documents["file:///a.py"].Text);

        await server.Client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = id });
        Assert.Equal(-32800, (int)(await server.Client.ResponseAsync(id))["error"]!["code"]!);
    }

    [LspMethod(Method)]
    private sealed class WaitsUntilCancelledHandler : IRequestHandler<JsonObject, string>
    {
        public const string Method = "test/waitUntilCancelled";

        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public async Task<string> HandleAsync(JsonObject parameters, RequestContext context, CancellationToken cancellationToken)
        {
            _started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return "never";
        }
    }
}
