using System.Text.Json.Nodes;
using ClawDev.Server.Lsp.Diagnostics;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Tests.Lsp.Infrastructure;

namespace ClawDev.Server.Tests.Lsp;

public sealed class WorkspaceProtocolTests
{
    private static JsonObject FullCapabilities() => new()
    {
        ["workspace"] = new JsonObject
        {
            ["configuration"] = true,
            ["workspaceFolders"] = true,
            ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true },
        },
    };

    [Fact]
    public async Task After_initialized_the_server_registers_file_watchers_and_pulls_the_clawdev_settings()
    {
        await using var server = new InProcessServer();
        server.Client.ServerRequestAnswers["workspace/configuration"] = _ => new JsonArray(new JsonObject
        {
            ["workspaceDiagnostics"] = true,
            ["debounceMs"] = 120,
            ["severity"] = new JsonObject { ["d102"] = "hint" },
        });
        await server.InitializeAsync(FullCapabilities());

        var state = await server.StateAsync(s => s.Settings.DebounceMilliseconds == 120);
        Assert.True(state.Settings.WorkspaceDiagnostics);
        Assert.Equal(DiagnosticSeverity.Hint, state.Settings.Severity["D102"]);

        await server.StateAsync(_ => server.Client.ServerRequests.Any(r => (string?)r["method"] == "client/registerCapability"));
        var registration = server.Client.ServerRequests.Single(r => (string?)r["method"] == "client/registerCapability");
        var entry = registration["params"]!["registrations"]![0]!;
        Assert.Equal("workspace/didChangeWatchedFiles", (string?)entry["method"]);
        var globs = entry["registerOptions"]!["watchers"]!.AsArray().Select(w => (string?)w!["globPattern"]).ToList();
        Assert.Contains("**/*.py", globs);
        Assert.Contains(globs, g => g!.Contains("pyproject.toml", StringComparison.Ordinal) && g.Contains("setup.cfg", StringComparison.Ordinal));
        // doc-builder's `make style` and pre-commit hooks decide how drafts are filled.
        Assert.Contains(globs, g => g!.Contains("Makefile", StringComparison.Ordinal) && g.Contains(".pre-commit-config.yaml", StringComparison.Ordinal));

        var pull = server.Client.ServerRequests.First(r => (string?)r["method"] == "workspace/configuration");
        Assert.Equal("clawdev", (string?)pull["params"]!["items"]![0]!["section"]);
    }

    [Fact]
    public async Task DidChangeConfiguration_pulls_the_settings_again()
    {
        var debounce = 10;
        await using var server = new InProcessServer();
        server.Client.ServerRequestAnswers["workspace/configuration"] = _ => new JsonArray(new JsonObject { ["debounceMs"] = debounce });
        await server.InitializeAsync(FullCapabilities());
        await server.StateAsync(s => s.Settings.DebounceMilliseconds == 10);

        debounce = 30;
        await server.Client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = null });
        await server.StateAsync(s => s.Settings.DebounceMilliseconds == 30);
    }

    [Fact]
    public async Task A_client_that_cannot_be_asked_pushes_its_settings_and_is_not_sent_requests()
    {
        await using var server = new InProcessServer();
        await server.InitializeAsync();
        await server.Client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject
        {
            ["settings"] = new JsonObject { ["clawdev"] = new JsonObject { ["defaultSeverity"] = "error" } },
        });
        await server.StateAsync(s => s.Settings.DefaultSeverity == DiagnosticSeverity.Error);
        Assert.Empty(server.Client.ServerRequests);
    }

    [Fact]
    public async Task Settings_pushed_by_a_client_that_cannot_be_asked_apply_to_the_very_next_request()
    {
        await using var server = new InProcessServer(extraHandlers: [new SettingsEcho()]);
        await server.InitializeAsync();
        await server.Client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject
        {
            ["settings"] = new JsonObject { ["clawdev"] = new JsonObject { ["github"] = new JsonObject { ["apiUrl"] = "https://ghe.example/api/v3" } } },
        });
        var seen = await server.Client.RequestAsync(SettingsEcho.Method, new JsonObject());
        Assert.Equal("https://ghe.example/api/v3", (string?)seen["result"]);
    }

    [Fact]
    public async Task Settings_pulled_after_didChangeConfiguration_apply_to_the_very_next_request()
    {
        var apiUrl = "https://first.example/api/v3";
        await using var server = new InProcessServer(extraHandlers: [new SettingsEcho()]);
        server.Client.ServerRequestAnswers["workspace/configuration"] = _ => new JsonArray(new JsonObject { ["github"] = new JsonObject { ["apiUrl"] = apiUrl } });
        await server.InitializeAsync(FullCapabilities());
        await server.StateAsync(s => s.Settings.GitHubApiUrl == apiUrl);

        apiUrl = "https://second.example/api/v3";
        await server.Client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = null });
        var seen = await server.Client.RequestAsync(SettingsEcho.Method, new JsonObject());
        Assert.Equal("https://second.example/api/v3", (string?)seen["result"]);
    }

    [Fact]
    public async Task A_client_that_never_answers_the_pull_holds_up_later_messages_only_for_a_while()
    {
        await using var server = new InProcessServer(extraHandlers: [new SettingsEcho()]);
        await server.InitializeAsync(FullCapabilities());
        await server.StateAsync(_ => server.Client.ServerRequests.Any(r => (string?)r["method"] == "workspace/configuration"));

        server.Client.UnansweredMethods.Add("workspace/configuration");
        await server.Client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = null });
        var seen = await server.Client.RequestAsync(SettingsEcho.Method, new JsonObject());
        Assert.Null(seen["error"]);
        Assert.Contains("did not answer workspace/configuration within", server.Stderr);
    }

    [Fact]
    public async Task Workspace_folders_come_from_initialize_and_change_with_didChangeWorkspaceFolders()
    {
        var first = Directory.CreateTempSubdirectory("clawdev-lsp-a").FullName;
        var second = Directory.CreateTempSubdirectory("clawdev-lsp-b").FullName;
        try
        {
            await using var server = new InProcessServer();
            await server.InitializeAsync(workspaceFolders: [Folder(first)]);
            Assert.Equal([first], server.State.Roots.Select(r => r.Directory));

            await server.Client.NotifyAsync("workspace/didChangeWorkspaceFolders", new JsonObject
            {
                ["event"] = new JsonObject { ["added"] = new JsonArray(Folder(second)), ["removed"] = new JsonArray(Folder(first)) },
            });
            await server.StateAsync(s => s.Roots.Length == 1 && s.Roots[0].Directory == second);
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    private static JsonObject Folder(string directory) => new()
    {
        ["uri"] = new Uri(directory).AbsoluteUri,
        ["name"] = Path.GetFileName(directory),
    };

    /// <summary>Answers with the GitHub API URL in the settings the request was handed.</summary>
    [LspMethod(Method)]
    private sealed class SettingsEcho : IRequestHandler<JsonObject, string?>
    {
        public const string Method = "test/settingsSeen";

        public Task<string?> HandleAsync(JsonObject parameters, RequestContext context, CancellationToken cancellationToken) =>
            Task.FromResult(context.State.Settings.GitHubApiUrl);
    }
}
