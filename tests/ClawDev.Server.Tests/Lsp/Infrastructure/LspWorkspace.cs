using System.Text.Json.Nodes;
using ClawDev.Server.Lsp;
using ClawDev.Server.Lsp.Workspace;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Lsp.Infrastructure;

/// <summary>
/// The in-process server opened on one workspace folder, as an editor with settings, progress and file watching
/// would open it. <see cref="Settings"/> is what the client answers to workspace/configuration.
/// </summary>
internal sealed class LspWorkspace : IAsyncDisposable
{
    private LspWorkspace(TemporaryDirectory folder, JsonObject settings, LspOptions? options)
    {
        Folder = folder;
        Settings = settings;
        Server = new InProcessServer(options);
        Server.Client.ServerRequestAnswers["workspace/configuration"] = _ => new JsonArray(Settings.DeepClone());
    }

    public TemporaryDirectory Folder { get; }

    public InProcessServer Server { get; }

    public RawLspClient Client => Server.Client;

    /// <summary>The client's <c>clawdev</c> settings; after a change, call <see cref="ChangeSettingsAsync"/>.</summary>
    public JsonObject Settings { get; set; }

    public string FolderUri => new Uri(Folder.Path).AbsoluteUri;

    /// <summary>Starts the server on <paramref name="folder"/> (which it then owns) and waits until the settings and the index are in place.</summary>
    /// <param name="settings">The <c>clawdev</c> settings; debounceMs defaults to 0 here so tests need not wait.</param>
    /// <param name="options">The server's options (a session key); null for the defaults.</param>
    public static async Task<LspWorkspace> OpenAsync(TemporaryDirectory folder, JsonObject? settings = null, JsonObject? extraCapabilities = null, bool waitForIndex = true, LspOptions? options = null)
    {
        settings ??= [];
        settings["debounceMs"] ??= 0;
        var workspace = new LspWorkspace(folder, settings, options);
        var capabilities = new JsonObject
        {
            ["workspace"] = new JsonObject
            {
                ["configuration"] = true,
                ["workspaceFolders"] = true,
                ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true },
            },
            ["window"] = new JsonObject { ["workDoneProgress"] = true },
        };
        Merge(capabilities, extraCapabilities ?? []);
        await workspace.Server.InitializeAsync(capabilities, [new JsonObject { ["uri"] = workspace.FolderUri, ["name"] = "workspace" }]);
        var debounce = (int)settings["debounceMs"]!;
        await workspace.Server.StateAsync(state => state.Settings.DebounceMilliseconds == debounce);
        if (waitForIndex)
        {
            await workspace.IndexedAsync();
        }
        return workspace;
    }

    private static void Merge(JsonObject into, JsonObject extra)
    {
        foreach (var (key, value) in extra)
        {
            if (into[key] is JsonObject existing && value is JsonObject more)
            {
                Merge(existing, more);
            }
            else
            {
                into[key] = value?.DeepClone();
            }
        }
    }

    public string Uri(string relativePath) => new Uri(Folder.Combine(relativePath)).AbsoluteUri;

    /// <summary>Waits until indexing has gone through every folder.</summary>
    public Task<ServerState> IndexedAsync() => Server.StateAsync(state => state.IsIndexComplete);

    public async Task ChangeSettingsAsync(Func<ServerState, bool> applied)
    {
        await Client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = null });
        await Server.StateAsync(applied);
    }

    public Task OpenDocumentAsync(string relativePath, string text, int version = 1) =>
        Client.NotifyAsync("textDocument/didOpen", DocumentJson.Open(Uri(relativePath), text, version));

    /// <summary>The next publishDiagnostics for the file (for the given document version, when not null).</summary>
    public async Task<JsonObject> DiagnosticsAsync(string relativePath, int? version = null, TimeSpan? timeout = null)
    {
        var uri = Uri(relativePath);
        var message = await Client.NotificationAsync(
            "textDocument/publishDiagnostics",
            m => (string?)m["params"]!["uri"] == uri && (version is null || (int?)m["params"]!["version"] == version),
            timeout);
        return message["params"]!.AsObject();
    }

    /// <summary>The code actions at a diagnostic the server published (handed back with it, as a client does).</summary>
    public async Task<JsonArray> CodeActionsAsync(string relativePath, JsonNode diagnostic, params string[] only)
    {
        var context = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.DeepClone()) };
        if (only.Length > 0)
        {
            context["only"] = new JsonArray([.. only.Select(kind => JsonValue.Create(kind))]);
        }
        var response = await Client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(relativePath) },
            ["range"] = diagnostic["range"]!.DeepClone(),
            ["context"] = context,
        });
        return response["result"]?.AsArray() ?? throw new InvalidOperationException(response.ToJsonString());
    }

    /// <summary>The response to codeAction/resolve (a result or an error).</summary>
    public Task<JsonObject> ResolveAsync(JsonNode action) => Client.RequestAsync("codeAction/resolve", action.DeepClone());

    /// <summary>Client capabilities of an editor that resolves code actions lazily and applies versioned edits, as VS Code does.</summary>
    public static JsonObject CodeActionCapabilities(bool resolve = true, bool documentChanges = true) => new()
    {
        ["textDocument"] = new JsonObject
        {
            ["codeAction"] = new JsonObject
            {
                ["codeActionLiteralSupport"] = new JsonObject
                {
                    ["codeActionKind"] = new JsonObject { ["valueSet"] = new JsonArray("quickfix", "source") },
                },
                ["resolveSupport"] = new JsonObject { ["properties"] = resolve ? new JsonArray("edit") : new JsonArray() },
                ["dataSupport"] = true,
            },
        },
        ["workspace"] = new JsonObject { ["workspaceEdit"] = new JsonObject { ["documentChanges"] = documentChanges } },
    };

    public async Task<JsonObject> CoverageAsync(string? uri = null)
    {
        var parameters = new JsonObject();
        if (uri is not null)
        {
            parameters["uri"] = uri;
        }
        var response = await Client.RequestAsync("clawdev/documentationCoverage", parameters);
        return response["result"]?.AsObject() ?? throw new InvalidOperationException(response.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Folder.Dispose();
    }
}
