using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;
using StreamJsonRpc;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>
/// The real <c>clawdev lsp</c> process driven by StreamJsonRpc on the client side — a second, independent
/// implementation of the protocol's framing and JSON-RPC — through a whole editing session.
/// </summary>
public sealed class StreamJsonRpcClientTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Diagnostics_code_actions_and_resolved_edits_work_end_to_end_and_an_update_keeps_the_prose()
    {
        using var folder = Fixture.Copy("lsp-code-actions");
        using var process = StartServer();
        try
        {
            await EditingSessionAsync(folder, process);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task EditingSessionAsync(TemporaryDirectory folder, Process process)
    {
        var client = new ClientEndpoint();
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, new SystemTextJsonFormatter()));
        client.Register(rpc);
        rpc.StartListening();

        await rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new
        {
            processId = (int?)null,
            capabilities = Json(LspWorkspace.CodeActionCapabilities().ToJsonString()),
            workspaceFolders = new[] { new { uri = new Uri(folder.Path).AbsoluteUri, name = "fixtures" } },
        }).WaitAsync(Timeout);
        await rpc.NotifyWithParameterObjectAsync("initialized", new { });

        // Draft a docstring: the diagnostic clears.
        var scale = await OpenAsync(rpc, client, folder.Combine("scale.py"));
        var drafted = await FixAsync(rpc, scale, "D103");
        await ChangeAsync(rpc, scale.Uri, drafted, version: 2);
        Assert.Empty(Codes(await client.DiagnosticsAsync(scale.Uri, version: 2)));

        // Update a docstring to its signature: entries in signature order, the renamed parameter's entry carried over (opacity → alpha), every word of prose kept.
        var update = await OpenAsync(rpc, client, folder.Combine("update.py"));
        var updated = await FixAsync(rpc, update, "CD403");
        var proseLines = update.Text.Split('\n').Where(line => line.Contains("Blend two images.") || line.Contains("A weighted sum")).ToList();
        Assert.Equal(2, proseLines.Count);
        Assert.All(proseLines, line => Assert.Contains(line + "\n", updated, StringComparison.Ordinal));
        await ChangeAsync(rpc, update.Uri, updated, version: 2);
        Assert.Contains("        alpha: How much of `second` shows through.\n", updated, StringComparison.Ordinal);
        Assert.Empty(Codes(await client.DiagnosticsAsync(update.Uri, version: 2)));

        await rpc.InvokeWithParameterObjectAsync<JsonElement?>("shutdown").WaitAsync(Timeout);
        await rpc.NotifyAsync("exit");
        await process.WaitForExitAsync().WaitAsync(Timeout);
        Assert.Equal(0, process.ExitCode);
    }

    private static async Task<OpenDocument> OpenAsync(JsonRpc rpc, ClientEndpoint client, string path)
    {
        var document = new OpenDocument(new Uri(path).AbsoluteUri, File.ReadAllText(path));
        await rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new
        {
            textDocument = new { uri = document.Uri, languageId = "python", version = 1, text = document.Text },
        });
        document.Diagnostics = await client.DiagnosticsAsync(document.Uri, version: 1);
        return document;
    }

    /// <summary>Lists the code actions at the diagnostic, resolves the preferred quick fix and applies its edit.</summary>
    private static async Task<string> FixAsync(JsonRpc rpc, OpenDocument document, string code)
    {
        var diagnostic = document.Diagnostics.EnumerateArray().First(d => d.GetProperty("code").GetString() == code);
        var actions = await rpc.InvokeWithParameterObjectAsync<JsonElement>("textDocument/codeAction", new
        {
            textDocument = new { uri = document.Uri },
            range = diagnostic.GetProperty("range"),
            context = new { diagnostics = new[] { diagnostic }, only = new[] { "quickfix" } },
        }).WaitAsync(Timeout);
        var preferred = actions.EnumerateArray().Single(action => action.GetProperty("isPreferred").GetBoolean());
        var resolved = await rpc.InvokeWithParameterObjectAsync<JsonElement>("codeAction/resolve", preferred).WaitAsync(Timeout);
        var edits = System.Text.Json.Nodes.JsonNode.Parse(resolved.GetProperty("edit").GetRawText())!;
        return AppliedEdits.Apply(document.Text, AppliedEdits.EditsOf(edits, document.Uri));
    }

    private static Task ChangeAsync(JsonRpc rpc, string uri, string text, int version) =>
        rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version },
            contentChanges = new[] { new { text } },
        });

    private static List<string> Codes(JsonElement diagnostics) =>
        [.. diagnostics.EnumerateArray().Select(d => d.GetProperty("code").GetString()!)];

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static Process StartServer()
    {
        var start = ClawDevExecutable.StartInfo(["lsp", "--stdio"]);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start clawdev");
        // The server logs to stderr; reading it keeps the pipe from filling up.
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    private sealed class OpenDocument(string uri, string text)
    {
        public string Uri { get; } = uri;

        public string Text { get; } = text;

        public JsonElement Diagnostics { get; set; }
    }

    /// <summary>What the client answers and receives: diagnostics go to a channel; the server's own requests get plain answers.</summary>
    private sealed class ClientEndpoint
    {
        private readonly Channel<JsonElement> _diagnostics = Channel.CreateUnbounded<JsonElement>();

        public void Register(JsonRpc rpc)
        {
            Add(rpc, "textDocument/publishDiagnostics", nameof(PublishDiagnostics));
            Add(rpc, "workspace/configuration", nameof(Configuration));
            Add(rpc, "window/workDoneProgress/create", nameof(Nothing));
            Add(rpc, "client/registerCapability", nameof(Nothing));
        }

        public void PublishDiagnostics(JsonElement parameters) => _diagnostics.Writer.TryWrite(parameters);

        public object[] Configuration(JsonElement parameters) => [new { debounceMs = 0 }];

        public object? Nothing(JsonElement parameters) => null;

        /// <summary>The diagnostics of the next publish for that document version.</summary>
        public async Task<JsonElement> DiagnosticsAsync(string uri, int version)
        {
            using var timeout = new CancellationTokenSource(Timeout);
            while (true)
            {
                var published = await _diagnostics.Reader.ReadAsync(timeout.Token);
                if (published.GetProperty("uri").GetString() == uri && published.GetProperty("version") is { ValueKind: JsonValueKind.Number } v && v.GetInt32() == version)
                {
                    return published.GetProperty("diagnostics");
                }
            }
        }

        private void Add(JsonRpc rpc, string method, string handler) =>
            rpc.AddLocalRpcMethod(GetType().GetMethod(handler)!, this, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });
    }
}
