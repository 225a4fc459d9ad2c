using System.Net;
using System.Text.Json.Nodes;
using ClawDev.GitHub.Tests.Loopback;
using ClawDev.Server.Lsp;
using ClawDev.Server.Lsp.GitHubSession;
using ClawDev.Server.Tests.Lsp.GitHubSession;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>The GitHub methods through the in-process server, against the C# loopback GitHub (clawdev.github.apiUrl).</summary>
public sealed class GitHubFeaturesTests
{
    private static readonly SealedSessionFixture Sealed = SealedSessionFixture.Read("sealed-by-typescript.json");

    static GitHubFeaturesTests()
    {
        TestGitHubCache.Isolate();
    }

    private static async Task<LspWorkspace> OpenAsync(GitHubScenario scenario, LspOptions? options = null, JsonObject? github = null)
    {
        github ??= [];
        github["apiUrl"] = scenario.ApiUrl;
        return await LspWorkspace.OpenAsync(scenario.Repository, new JsonObject { ["github"] = github }, LspWorkspace.CodeActionCapabilities(), options: options);
    }

    private static async Task<JsonNode> ResultAsync(LspWorkspace workspace, string method, JsonObject parameters)
    {
        var response = await workspace.Client.RequestAsync(method, parameters);
        return response["result"] ?? throw new InvalidOperationException(response.ToJsonString());
    }

    private static JsonObject At(LspWorkspace workspace, string path, int line, int character) => new()
    {
        ["uri"] = workspace.Uri(path),
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    [Fact]
    public async Task First_issues_rank_the_issue_naming_the_open_file_first_and_mark_the_claimed_one()
    {
        await using var scenario = new GitHubScenario();
        await using var workspace = await OpenAsync(scenario);

        var result = await ResultAsync(workspace, "clawdev/findFirstIssues", At(workspace, "tinylib/text.py", 3, 4));

        Assert.Equal("octokit-fixture-org/hello-world", (string?)result["upstream"]!["fullName"]);
        Assert.Equal("remote 'upstream'", (string?)result["upstream"]!["source"]);
        Assert.False((bool)result["authenticated"]!);
        Assert.Contains("not signed in: GitHub allows 60 requests an hour", result["notes"]!.AsArray().Select(n => (string?)n));
        Assert.Null(result["problem"]);
        var items = result["items"]!.AsArray();
        Assert.Equal([12, 13], items.Select(item => (int)item!["number"]!));
        var reasons = items[0]!["reasons"]!.AsArray().Select(r => (string?)r).ToList();
        Assert.Contains("mentions tinylib/text.py", reasons);
        Assert.Contains("mentions `shout` in the title", reasons);
        Assert.Null(items[0]!["claimed"]);
        Assert.Equal("octokit-fixture-user-a", (string?)items[1]!["claimed"]!["by"]);
        Assert.Equal("2026-11-18T09:00:00Z", (string?)items[1]!["claimed"]!["since"]);
        var microTask = result["microTasks"]!.AsArray().Single()!;
        Assert.Equal("shout", (string?)microTask["object"]);
        Assert.Equal("document shout, then delete its line in utils/check_docstrings.py", (string?)microTask["action"]);
        Assert.Equal(workspace.Uri("tinylib/text.py"), (string?)microTask["definedAt"]!["uri"]);
        Assert.Equal(3, (int)microTask["definedAt"]!["range"]!["start"]!["line"]!);
        var asked = Assert.Single(workspace.Client.ServerRequests, r => (string?)r["method"] == "clawdev/requestGitHubSession");
        Assert.False((bool)asked["params"]!["createIfNone"]!);
    }

    [Fact]
    public async Task A_request_right_after_didChangeConfiguration_uses_the_new_API_url()
    {
        await using var scenario = new GitHubScenario();
        await using var workspace = await LspWorkspace.OpenAsync(scenario.Repository, new JsonObject { ["github"] = new JsonObject { ["apiUrl"] = "http://127.0.0.1:9/" } });

        workspace.Settings = new JsonObject { ["debounceMs"] = 0, ["github"] = new JsonObject { ["apiUrl"] = scenario.ApiUrl } };
        await workspace.Client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = null });
        var result = await ResultAsync(workspace, "clawdev/findFirstIssues", At(workspace, "tinylib/text.py", 3, 4));

        Assert.True(result["problem"] is null, result.ToJsonString());
        Assert.Equal([12, 13], result["items"]!.AsArray().Select(item => (int)item!["number"]!));
    }

    [Fact]
    public async Task Rate_limited_the_second_answer_comes_from_the_cache_with_its_age()
    {
        await using var scenario = new GitHubScenario();
        await using var workspace = await OpenAsync(scenario);
        var parameters = At(workspace, "tinylib/text.py", 3, 4);
        await ResultAsync(workspace, "clawdev/findFirstIssues", (JsonObject)parameters.DeepClone());
        scenario.RateLimitEverything(DateTimeOffset.UtcNow.AddMinutes(20));

        var cached = await ResultAsync(workspace, "clawdev/findFirstIssues", parameters);

        Assert.Equal([12, 13], cached["items"]!.AsArray().Select(item => (int)item!["number"]!));
        Assert.Null(cached["problem"]);
        Assert.InRange((long)cached["cachedAgeSeconds"]!, 0, 120);
        Assert.Contains(cached["notes"]!.AsArray(), note => ((string)note!).StartsWith("cached less than a minute ago (Could not", StringComparison.Ordinal)
            && ((string)note!).Contains("rate limit is used up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rate_limited_with_nothing_cached_is_a_problem_with_the_retry_time()
    {
        await using var scenario = new GitHubScenario();
        var reset = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddMinutes(45).ToUnixTimeSeconds());
        scenario.RateLimitEverything(reset);
        scenario.Server.Map("GET", "/repos/octokit-fixture-org/hello-world/labels", LoopbackResponse.Json(HttpStatusCode.Forbidden, "{}")
            .WithHeader("X-RateLimit-Remaining", "0").WithHeader("X-RateLimit-Reset", reset.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await using var workspace = await OpenAsync(scenario);

        var result = await ResultAsync(workspace, "clawdev/findFirstIssues", new JsonObject());

        Assert.Empty(result["items"]!.AsArray());
        Assert.Equal("Could not list the labels of octokit-fixture-org/hello-world: the GitHub API rate limit is used up.", (string?)result["problem"]!["message"]);
        Assert.Equal(reset, DateTimeOffset.Parse((string)result["problem"]!["retryAfter"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("signIn", (string?)result["problem"]!["action"]);
        Assert.Equal("rateLimited", (string?)result["problem"]!["kind"]);
        Assert.Single(result["microTasks"]!.AsArray());
    }

    [Fact]
    public async Task Offline_with_nothing_cached_is_a_problem_of_kind_offline_that_names_the_cause()
    {
        await using var scenario = new GitHubScenario();
        var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        await using var workspace = await LspWorkspace.OpenAsync(scenario.Repository,
            new JsonObject { ["github"] = new JsonObject { ["apiUrl"] = $"http://127.0.0.1:{port}/api/v3" } }, LspWorkspace.CodeActionCapabilities());

        var result = await ResultAsync(workspace, "clawdev/findFirstIssues", new JsonObject());

        Assert.Empty(result["items"]!.AsArray());
        Assert.Equal("offline", (string?)result["problem"]!["kind"]);
        Assert.Contains("GitHub cannot be reached", (string?)result["problem"]!["message"]);
        Assert.Null(result["problem"]!["action"]);
    }

    [Fact]
    public async Task A_symbol_is_matched_to_the_issue_that_tracks_it()
    {
        await using var scenario = new GitHubScenario();
        var issue12 = JsonNode.Parse(GitHubFixtures.Body("../e2e/issues.json"))!.AsArray()[0]!.DeepClone();
        scenario.Server.Map("GET", "/search/issues", LoopbackResponse.Json(HttpStatusCode.OK,
            new JsonObject { ["total_count"] = 1, ["incomplete_results"] = false, ["items"] = new JsonArray(issue12) }.ToJsonString()));
        await using var workspace = await OpenAsync(scenario);

        var result = await ResultAsync(workspace, "clawdev/findUpstreamIssues", new JsonObject { ["uri"] = workspace.Uri("tinylib/text.py"), ["symbol"] = "shout" });

        Assert.Equal("shout", (string?)result["symbol"]);
        var match = Assert.Single(result["matches"]!.AsArray())!;
        Assert.Equal(12, (int)match["number"]!);
        Assert.Equal("tracked", (string?)match["kind"]);
        Assert.Equal("open", (string?)match["state"]);
        Assert.Contains("mentions `shout` in the title", (string?)match["reason"]);
        Assert.Equal(
            ["repo:octokit-fixture-org/hello-world is:issue \"shout\"", "repo:octokit-fixture-org/hello-world is:pr \"shout\"",
             "repo:octokit-fixture-org/hello-world is:issue \"tinylib/text.py\"", "repo:octokit-fixture-org/hello-world is:pr \"tinylib/text.py\""],
            scenario.Server.RequestsTo("/search/issues").Select(request => request.Query["q"]));
    }

    [Fact]
    public async Task The_symbol_at_the_cursor_is_the_one_searched_for()
    {
        await using var scenario = new GitHubScenario();
        await using var workspace = await OpenAsync(scenario);

        var result = await ResultAsync(workspace, "clawdev/findUpstreamIssues", At(workspace, "tinylib/text.py", 8, 10));

        Assert.Equal("whisper", (string?)result["symbol"]);
    }

    [Fact]
    public async Task An_issue_is_drafted_from_the_repositorys_documentation_template()
    {
        await using var scenario = new GitHubScenario();
        var commit = scenario.Git("rev-parse", "HEAD");
        await using var workspace = await OpenAsync(scenario);

        var result = await ResultAsync(workspace, "clawdev/draftIssue", new JsonObject { ["uri"] = workspace.Uri("tinylib/text.py"), ["symbol"] = "shout" });

        Assert.Equal(".github/ISSUE_TEMPLATE/documentation.yml", (string?)result["template"]);
        var body = (string)result["body"]!;
        Assert.Contains($"https://github.com/octokit-fixture-org/hello-world/blob/{commit}/tinylib/text.py#L4-L5", body);
        Assert.Contains("(D103)", body);
        Assert.Contains("tinylib.text.shout", body);
        Assert.Contains("documentation", result["labels"]!.AsArray().Select(l => (string?)l));
        Assert.StartsWith("https://github.com/octokit-fixture-org/hello-world/issues/new?template=documentation.yml&title=", (string?)result["newIssueUrl"]);
        Assert.False((bool)result["canCreate"]!);
    }

    [Fact]
    public async Task An_issue_is_created_with_the_sealed_token_which_appears_in_no_log_trace_or_answer()
    {
        await using var scenario = new GitHubScenario();
        await using var workspace = await OpenAsync(scenario, LspOptions.Default with { SessionKey = SessionKey.Parse(Sealed.Key) });
        workspace.Client.ServerRequestAnswers["clawdev/requestGitHubSession"] = _ => new JsonObject { ["sealed"] = Sealed.Sealed, ["account"] = "octokit-fixture-user-a" };
        await workspace.Client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "verbose" });

        var response = await workspace.Client.RequestAsync("clawdev/createIssue", new JsonObject
        {
            ["uri"] = workspace.Uri("tinylib/text.py"),
            ["title"] = "Document `shout` in tinylib/text.py",
            ["body"] = "It has no docstring.",
            ["labels"] = new JsonArray("documentation"),
        });
        await workspace.Client.NotificationAsync("$/logTrace", m => ((string?)m["params"]!["message"])!.Contains("clawdev/createIssue", StringComparison.Ordinal));

        Assert.Equal(JsonNode.Parse(GitHubFixtures.Body("issues/created.json"))!["number"]!.GetValue<int>(), (int)response["result"]!["number"]!);
        var created = Assert.Single(scenario.Server.Requests, r => r.Method == "POST");
        Assert.Equal($"bearer {Sealed.Token}", created.Header("Authorization"), ignoreCase: true);
        Assert.Contains("\"Document `shout` in tinylib/text.py\"", created.Body);
        var asked = Assert.Single(workspace.Client.ServerRequests, r => (string?)r["method"] == "clawdev/requestGitHubSession");
        Assert.True((bool)asked["params"]!["createIfNone"]!);
        AssertTokenNeverLeft(workspace, response);
    }

    [Fact]
    public async Task A_refused_token_fails_creation_with_a_message_for_the_user_and_is_asked_for_again()
    {
        await using var scenario = new GitHubScenario();
        scenario.Server.Map("POST", "/repos/octokit-fixture-org/hello-world/issues", LoopbackResponse.Json(HttpStatusCode.Unauthorized, GitHubFixtures.Body("errors/bad-credentials.json")));
        await using var workspace = await OpenAsync(scenario, LspOptions.Default with { SessionKey = SessionKey.Parse(Sealed.Key) });
        workspace.Client.ServerRequestAnswers["clawdev/requestGitHubSession"] = _ => new JsonObject { ["sealed"] = Sealed.Sealed };
        await workspace.Client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "verbose" });
        var parameters = new JsonObject { ["uri"] = workspace.Uri("tinylib/text.py"), ["title"] = "t", ["body"] = "b", ["labels"] = new JsonArray() };

        var first = await workspace.Client.RequestAsync("clawdev/createIssue", parameters.DeepClone());
        await workspace.Client.RequestAsync("clawdev/createIssue", parameters.DeepClone());

        Assert.Equal(-32803, (int)first["error"]!["code"]!);
        Assert.StartsWith("Could not create an issue in octokit-fixture-org/hello-world: GitHub did not accept the token", (string?)first["error"]!["message"]);
        Assert.Equal(2, workspace.Client.ServerRequests.Count(r => (string?)r["method"] == "clawdev/requestGitHubSession"));
        AssertTokenNeverLeft(workspace, first);
    }

    [Fact]
    public async Task Without_a_session_creation_says_to_sign_in_and_nothing_is_sent()
    {
        await using var scenario = new GitHubScenario();
        await using var workspace = await OpenAsync(scenario);

        var response = await workspace.Client.RequestAsync("clawdev/createIssue", new JsonObject
        {
            ["uri"] = workspace.Uri("tinylib/text.py"),
            ["title"] = "t",
            ["body"] = "b",
            ["labels"] = new JsonArray(),
        });

        Assert.Contains("needs a GitHub sign-in", (string?)response["error"]!["message"]);
        Assert.DoesNotContain(scenario.Server.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task A_ClawDev_diagnostic_offers_to_find_its_upstream_issue_without_asking_GitHub()
    {
        await using var scenario = new GitHubScenario();
        await using var workspace = await OpenAsync(scenario);
        var text = File.ReadAllText(scenario.Repository.Combine("tinylib/text.py"));
        await workspace.OpenDocumentAsync("tinylib/text.py", text);
        var diagnostic = (await workspace.DiagnosticsAsync("tinylib/text.py"))["diagnostics"]!.AsArray().First(d => (string?)d!["code"] == "D103")!;

        var actions = await workspace.CodeActionsAsync("tinylib/text.py", diagnostic);

        var find = actions.Single(action => (string?)action!["command"]?["command"] == "clawdev.findUpstreamIssue")!;
        Assert.Equal("Find upstream issue for `shout`", (string?)find["title"]);
        var arguments = find["command"]!["arguments"]!.AsArray();
        Assert.Equal(workspace.Uri("tinylib/text.py"), (string?)arguments[0]);
        Assert.Equal("shout", (string?)arguments[1]);
        Assert.True(JsonNode.DeepEquals(diagnostic["range"]!["start"], arguments[2]));
        Assert.Contains(actions, action => ((string?)action!["title"])!.StartsWith("Draft docstring for shout", StringComparison.Ordinal));
        Assert.DoesNotContain(await workspace.CodeActionsAsync("tinylib/text.py", diagnostic, "quickfix"), action => action!["command"] is not null);
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public async Task Start_working_creates_the_branch_from_the_fetched_upstream_and_refuses_over_uncommitted_changes()
    {
        await using var scenario = new GitHubScenario(withRemote: false);
        using var bare = new TemporaryDirectory();
        scenario.Git("init", "-q", "--bare", "-b", "main", bare.Path);
        scenario.Git("remote", "add", "upstream", new Uri(bare.Path).AbsoluteUri);
        scenario.Git("push", "-q", "upstream", "main");
        scenario.Git("switch", "-q", "-c", "local-work");
        await using var workspace = await OpenAsync(scenario, github: new JsonObject { ["upstream"] = "octokit-fixture-org/hello-world" });
        var parameters = new JsonObject { ["uri"] = workspace.Uri("tinylib/text.py"), ["number"] = 12, ["title"] = "Document shout() in tinylib/text.py" };

        var result = await ResultAsync(workspace, "clawdev/startWorkingOnIssue", parameters);

        Assert.Equal("docs/issue-12-document-shout-in-tinylib-text-py", (string?)result["branch"]);
        Assert.Equal("upstream/main", (string?)result["base"]);
        Assert.Equal("Created docs/issue-12-document-shout-in-tinylib-text-py from upstream/main (fetched just now) and switched to it.", (string?)result["message"]);
        Assert.Equal("docs/issue-12-document-shout-in-tinylib-text-py", scenario.Git("branch", "--show-current"));
        Assert.Equal(scenario.Git("rev-parse", "upstream/main"), scenario.Git("rev-parse", "HEAD"));

        scenario.Repository.Write("tinylib/text.py", "# edited\n");
        var refused = await workspace.Client.RequestAsync("clawdev/startWorkingOnIssue", new JsonObject { ["uri"] = workspace.Uri("tinylib/text.py"), ["number"] = 13, ["title"] = "Greeter docs" });

        Assert.StartsWith("Uncommitted changes in tinylib/text.py would be carried over to the new branch.", (string?)refused["error"]!["message"]);
        Assert.Equal("docs/issue-12-document-shout-in-tinylib-text-py", scenario.Git("branch", "--show-current"));
        Assert.Equal("# edited\n", File.ReadAllText(scenario.Repository.Combine("tinylib/text.py")));
    }

    /// <summary>Nothing the server wrote to its log, its trace or the answers contains the token.</summary>
    [Fact]
    public async Task An_error_message_that_echoes_the_Authorization_header_is_answered_and_logged_without_the_token()
    {
        await using var scenario = new GitHubScenario();
        scenario.Server.Map("POST", "/repos/octokit-fixture-org/hello-world/issues",
            request => LoopbackResponse.Error(HttpStatusCode.UnprocessableEntity, $"Validation failed for {request.Header("Authorization")}"));
        await using var workspace = await OpenAsync(scenario, LspOptions.Default with { SessionKey = SessionKey.Parse(Sealed.Key) });
        workspace.Client.ServerRequestAnswers["clawdev/requestGitHubSession"] = _ => new JsonObject { ["sealed"] = Sealed.Sealed, ["account"] = "octokit-fixture-user-a" };
        await workspace.Client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "verbose" });

        var response = await workspace.Client.RequestAsync("clawdev/createIssue", new JsonObject
        {
            ["uri"] = workspace.Uri("tinylib/text.py"),
            ["title"] = "t",
            ["body"] = "b",
            ["labels"] = new JsonArray(),
        });
        await workspace.Client.NotificationAsync("$/logTrace", m => ((string?)m["params"]!["message"])!.Contains("clawdev/createIssue", StringComparison.Ordinal));

        Assert.Contains("Validation failed for Bearer [redacted]", (string?)response["error"]!["message"]);
        Assert.Equal($"bearer {Sealed.Token}", Assert.Single(scenario.Server.Requests, r => r.Method == "POST").Header("Authorization"), ignoreCase: true);
        AssertTokenNeverLeft(workspace, response);
    }

    private static void AssertTokenNeverLeft(LspWorkspace workspace, JsonObject response)
    {
        Assert.DoesNotContain(Sealed.Token, workspace.Server.Stderr);
        Assert.DoesNotContain(Sealed.Token, response.ToJsonString());
        Assert.DoesNotContain(workspace.Client.Unclaimed(), message => message.Contains(Sealed.Token, StringComparison.Ordinal));
    }
}
