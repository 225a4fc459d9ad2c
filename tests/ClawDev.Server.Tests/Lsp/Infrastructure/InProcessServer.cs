using System.IO.Pipelines;
using System.Text.Json.Nodes;
using ClawDev.Server.Lsp;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Tests.Lsp.Infrastructure;

/// <summary>The real server, in this process, over a pair of pipes; the test talks to it with <see cref="RawLspClient"/>.</summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    private readonly LanguageServer _server;
    private readonly StringWriter _stderr = new();

    public InProcessServer(LspOptions? options = null, IReadOnlyList<ILspHandler>? extraHandlers = null)
    {
        var toServer = new Pipe();
        var fromServer = new Pipe();
        _server = new LanguageServer(toServer.Reader.AsStream(), fromServer.Writer.AsStream(), TextWriter.Synchronized(_stderr), options ?? LspOptions.Default, extraHandlers ?? []);
        Run = Task.Run(() => _server.RunAsync(CancellationToken.None));
        Client = new RawLspClient(toServer.Writer.AsStream(), fromServer.Reader.AsStream());
    }

    public RawLspClient Client { get; }

    /// <summary>Completes with the exit code when the server ends.</summary>
    public Task<int> Run { get; }

    public ServerState State => _server.Session.Current;

    /// <summary>The server's own services, for what a test cannot reach through the protocol.</summary>
    public LanguageServer Server => _server;

    public string Stderr => _stderr.ToString();

    /// <summary>initialize (with the given capabilities) and initialized; returns the initialize result.</summary>
    public async Task<JsonObject> InitializeAsync(JsonObject? capabilities = null, JsonArray? workspaceFolders = null)
    {
        var response = await Client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = null,
            ["rootUri"] = null,
            ["capabilities"] = capabilities ?? new JsonObject(),
            ["workspaceFolders"] = workspaceFolders,
        });
        await Client.NotifyAsync("initialized", new JsonObject());
        return response["result"]!.AsObject();
    }

    /// <summary>Waits until the server's state satisfies <paramref name="condition"/> (state changes are asynchronous to the client).</summary>
    public async Task<ServerState> StateAsync(Func<ServerState, bool> condition)
    {
        var deadline = DateTime.UtcNow + RawLspClient.DefaultTimeout;
        while (!condition(State))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the server state never reached the expected condition");
            }
            await Task.Delay(5);
        }
        return State;
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _server.DisposeAsync();
    }
}
