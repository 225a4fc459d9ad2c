using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClawDev.GitHub.Tests.Loopback;
using ClawDev.Server.Lsp;
using ClawDev.Server.Lsp.GitHubSession;
using ClawDev.Server.Tests.Lsp.GitHubSession;
using ClawDev.Server.Tests.Lsp.Infrastructure;
using ClawDev.Server.Tests.TestSupport;

namespace ClawDev.Server.Tests.Lsp.PullRequests;

/// <summary><c>clawdev/draftPullRequest</c> through the in-process server, with real git and the loopback GitHub.</summary>
public sealed class DraftPullRequestTests
{
    private static readonly SealedSessionFixture Sealed = SealedSessionFixture.Read("sealed-by-typescript.json");

    static DraftPullRequestTests()
    {
        TestGitHubCache.Isolate();
    }

    /// <summary>The server on the contribution's work tree, with the loopback as its GitHub API.</summary>
    private static async Task<InProcessServer> StartAsync(GitHubContribution contribution, bool signedIn)
    {
        var server = new InProcessServer(LspOptions.Default with { SessionKey = SessionKey.Parse(Sealed.Key) });
        var settings = new JsonObject { ["github"] = new JsonObject { ["apiUrl"] = contribution.GitHub.BaseUri.AbsoluteUri } };
        server.Client.ServerRequestAnswers["workspace/configuration"] = _ => new JsonArray(settings.DeepClone());
        server.Client.ServerRequestAnswers["clawdev/requestGitHubSession"] = _ => new JsonObject();
        await server.InitializeAsync(
            new JsonObject { ["workspace"] = new JsonObject { ["configuration"] = true } },
            [new JsonObject { ["uri"] = new Uri(contribution.WorkTree).AbsoluteUri, ["name"] = "hello-world" }]);
        await server.StateAsync(state => state.Settings.GitHubApiUrl is not null);
        await server.Client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "verbose" });
        if (signedIn)
        {
            await server.Client.NotifyAsync("clawdev/githubSession", new JsonObject { ["sealed"] = Sealed.Sealed, ["account"] = "octokit-fixture-user-a" });
            await server.Client.NotificationAsync("window/logMessage", m => ((string?)m["params"]!["message"])!.Contains("GitHub session received"));
        }
        return server;
    }

    private static JsonObject DraftParams(GitHubContribution contribution, bool execute, string? planId = null) => new()
    {
        ["uri"] = new Uri(Path.Combine(contribution.WorkTree, "tinylib", "greeter.py")).AbsoluteUri,
        ["issue"] = 13,
        ["execute"] = execute,
        ["planId"] = planId,
    };

    private static async Task<JsonObject> PlanAsync(InProcessServer server, GitHubContribution contribution)
    {
        var response = await server.Client.RequestAsync("clawdev/draftPullRequest", DraftParams(contribution, execute: false));
        return response["result"]!.AsObject();
    }

    [Fact]
    public async Task A_plan_then_its_execution_opens_the_draft_pull_request_from_the_fork()
    {
        await using var contribution = new GitHubContribution();
        await using var server = await StartAsync(contribution, signedIn: true);

        var plan = await PlanAsync(server, contribution);
        var status = contribution.Status();
        var execute = DraftParams(contribution, execute: true, (string)plan["planId"]!);
        execute["workDoneToken"] = "draft-1";
        var execution = (await server.Client.RequestAsync("clawdev/draftPullRequest", execute))["result"]!;

        Assert.Equal($"octokit-fixture-org/hello-world:main ← octokit-fixture-user-a/hello-world:{GitHubContribution.Branch}", (string?)plan["target"]);
        Assert.False((bool)plan["blocked"]!);
        Assert.Equal(["tinylib/greeter.py"], plan["files"]!.AsArray().Select(f => (string?)f!["path"]));
        Assert.Equal(["setup.py"], plan["unrelated"]!.AsArray().Select(f => (string?)f!["path"]));
        Assert.Equal(" M tinylib/greeter.py\n?? setup.py", status);
        Assert.Equal("https://github.com/octokit-fixture-org/hello-world/pull/21", (string?)execution["pullRequestUrl"]);
        Assert.Null(execution["compareUrl"]);
        Assert.Equal(["checks", "branch", "commit", "push", "pull request"], execution["steps"]!.AsArray().Select(s => (string?)s!["name"]));
        Assert.All(execution["steps"]!.AsArray(), step => Assert.True((bool)step!["ok"]!));
        Assert.Contains($"refs/heads/{GitHubContribution.Branch} ", contribution.ForkRefs());
        Assert.Equal(contribution.UpstreamRefs, contribution.Remotes.Refs(contribution.Remotes.UpstreamPath));
        Assert.Equal($"Bearer {Sealed.Token}", contribution.GitHub.RequestsTo("/repos/octokit-fixture-org/hello-world/pulls").Single().Header("Authorization"));
        var end = await server.Client.NotificationAsync("$/progress", m => (string?)m["params"]!["token"] == "draft-1" && (string?)m["params"]!["value"]!["kind"] == "end");
        Assert.StartsWith("pull request: opened draft pull request #21", (string?)end["params"]!["value"]!["message"]);
        Assert.DoesNotContain(server.Client.ServerRequests, r => (string?)r["method"] == "clawdev/requestGitHubSession");
        AssertTokenNeverLeft(server);
    }

    [Fact]
    public async Task Draft_placeholders_in_added_docstring_lines_are_a_blocking_row_of_the_plan_naming_each_line()
    {
        await using var contribution = new GitHubContribution(change: _ => GitHubContribution.PlaceholderGreeter);
        await using var server = await StartAsync(contribution, signedIn: false);

        var plan = await PlanAsync(server, contribution);

        Assert.True((bool)plan["blocked"]!);
        var row = plan["checklist"]!.AsArray().Single()!;
        Assert.Equal("no draft placeholders", (string?)row["rule"]);
        Assert.Equal("blocking", (string?)row["status"]);
        Assert.Equal("tinylib/greeter.py:5", (string?)row["source"]);
        Assert.Contains("tinylib/greeter.py:5, tinylib/greeter.py:8", (string?)row["reason"]);
    }

    private const string AiDisclosurePolicy =
        "# Contributing\n\nIf you are using any kind of AI assistance to contribute, it must be disclosed in the pull request.\n";

    private const string HowAiHelped = "Copilot suggested the docstring; I checked every word.";

    /// <summary>The description of the draft pull request the server sent to GitHub.</summary>
    private static string SentBody(GitHubContribution contribution) =>
        (string)JsonNode.Parse(contribution.GitHub.RequestsTo("/repos/octokit-fixture-org/hello-world/pulls").Single().Body)!["body"]!;

    [Fact]
    public async Task Where_the_repository_asks_for_an_AI_statement_the_answer_planned_is_the_body_sent()
    {
        await using var contribution = new GitHubContribution(AiDisclosurePolicy);
        await using var server = await StartAsync(contribution, signedIn: true);

        var unanswered = await PlanAsync(server, contribution);
        var answered = DraftParams(contribution, execute: false);
        answered["aiAssistance"] = HowAiHelped;
        var plan = (await server.Client.RequestAsync("clawdev/draftPullRequest", answered))["result"]!;
        var execute = DraftParams(contribution, execute: true, (string)plan["planId"]!);
        execute["aiAssistance"] = HowAiHelped;
        await server.Client.RequestAsync("clawdev/draftPullRequest", execute);

        Assert.True((bool)unanswered["aiDisclosure"]!);
        Assert.Contains("AI assistance: none; no AI tools were used for this change.", (string?)unanswered["body"]);
        Assert.Contains($"AI assistance: {HowAiHelped}", (string?)plan["body"]);
        Assert.Equal((string?)plan["body"], SentBody(contribution));
    }

    [Theory]
    [InlineData(HowAiHelped, "AI assistance: " + HowAiHelped)]
    [InlineData("", "AI assistance: none; no AI tools were used for this change.")]
    public async Task An_AI_answer_given_only_with_the_confirmation_is_planned_again_into_the_body(string answer, string statement)
    {
        await using var contribution = new GitHubContribution(AiDisclosurePolicy);
        await using var server = await StartAsync(contribution, signedIn: true);

        var plan = await PlanAsync(server, contribution);
        var execute = DraftParams(contribution, execute: true, (string)plan["planId"]!);
        execute["aiAssistance"] = answer;
        var execution = (await server.Client.RequestAsync("clawdev/draftPullRequest", execute))["result"]!;

        Assert.Equal("https://github.com/octokit-fixture-org/hello-world/pull/21", (string?)execution["pullRequestUrl"]);
        Assert.Contains(statement, SentBody(contribution));
        Assert.Single(SentBody(contribution).Split('\n'), line => line.StartsWith("AI assistance:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_disclosure_rule_or_template_section_nothing_is_asked()
    {
        await using var contribution = new GitHubContribution();
        await using var server = await StartAsync(contribution, signedIn: true);

        var plan = await PlanAsync(server, contribution);

        Assert.Null(plan["aiDisclosure"]);
        Assert.DoesNotContain("AI assistance", (string?)plan["body"]);
    }

    [Fact]
    public async Task Without_a_session_the_client_is_asked_and_when_the_user_declines_the_compare_url_is_the_answer()
    {
        await using var contribution = new GitHubContribution();
        await using var server = await StartAsync(contribution, signedIn: false);

        var plan = await PlanAsync(server, contribution);
        var execution = (await server.Client.RequestAsync("clawdev/draftPullRequest", DraftParams(contribution, execute: true, (string)plan["planId"]!)))["result"]!;

        Assert.StartsWith($"https://github.com/octokit-fixture-org/hello-world/compare/main...octokit-fixture-user-a:{GitHubContribution.Branch}?expand=1&title=", (string?)execution["compareUrl"]);
        Assert.Null(execution["pullRequestUrl"]);
        var last = execution["steps"]!.AsArray()[^1]!;
        Assert.Equal(("pull request", true), ((string?)last["name"], (bool)last["ok"]!));
        Assert.Contains($"refs/heads/{GitHubContribution.Branch} ", contribution.ForkRefs());
        var asks = server.Client.ServerRequests.Where(r => (string?)r["method"] == "clawdev/requestGitHubSession").Select(r => (bool)r["params"]!["createIfNone"]!);
        Assert.Equal([false, true], asks);
        Assert.DoesNotContain(contribution.GitHub.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task A_blocked_plan_says_so_and_its_execution_is_refused()
    {
        await using var contribution = new GitHubContribution(
            "# Contributing\n\nPull requests that only fix typos will be closed.\n", _ => GitHubContribution.TypoFixedGreeter);
        await using var server = await StartAsync(contribution, signedIn: true);
        var status = contribution.Status();

        var plan = await PlanAsync(server, contribution);
        var refused = await server.Client.RequestAsync("clawdev/draftPullRequest", DraftParams(contribution, execute: true, (string)plan["planId"]!));

        Assert.True((bool)plan["blocked"]!);
        var check = plan["checklist"]!.AsArray().Single()!;
        Assert.Equal(("no typo-only pull requests", "blocking", "CONTRIBUTING.md:3"), ((string?)check["rule"], (string?)check["status"], (string?)check["source"]));
        Assert.Equal(-32803, (int)refused["error"]!["code"]!);
        Assert.StartsWith("This plan is blocked and cannot be carried out: the change only touches whitespace, comments or spelling", (string?)refused["error"]!["message"]);
        Assert.Equal(status, contribution.Status());
        Assert.Equal("", contribution.ForkRefs());
        AssertTokenNeverLeft(server);
    }

    [Fact]
    public async Task An_unknown_plan_is_refused_and_nothing_happens()
    {
        await using var contribution = new GitHubContribution();
        await using var server = await StartAsync(contribution, signedIn: true);

        var refused = await server.Client.RequestAsync("clawdev/draftPullRequest", DraftParams(contribution, execute: true, "0123456789abcdef"));

        Assert.Equal(-32602, (int)refused["error"]!["code"]!);
        Assert.Contains("unknown or has expired", (string?)refused["error"]!["message"]);
        Assert.Equal("", contribution.ForkRefs());
    }

    [Fact]
    public async Task Files_chosen_with_the_confirmation_go_into_the_commit_when_the_target_is_unchanged()
    {
        await using var contribution = new GitHubContribution();
        await using var server = await StartAsync(contribution, signedIn: true);

        var plan = await PlanAsync(server, contribution);
        var execute = DraftParams(contribution, execute: true, (string)plan["planId"]!);
        execute["include"] = new JsonArray("setup.py");
        var execution = (await server.Client.RequestAsync("clawdev/draftPullRequest", execute))["result"]!;

        Assert.Equal("https://github.com/octokit-fixture-org/hello-world/pull/21", (string?)execution["pullRequestUrl"]);
        Assert.Equal("setup.py\ntinylib/greeter.py", contribution.Remotes.Work("show", "--format=", "--name-only", "HEAD"));
    }

    [Fact]
    public async Task The_plan_notes_earlier_commits_that_go_into_the_pull_request_too()
    {
        await using var contribution = new GitHubContribution();
        contribution.Remotes.Work("switch", "-q", "-c", "my-work");
        contribution.Remotes.Work("add", "setup.py");
        contribution.Remotes.Work("commit", "-q", "-m", "Bump the version", "--", "setup.py");
        var bump = contribution.Remotes.Work("rev-parse", "--short", "HEAD");
        await using var server = await StartAsync(contribution, signedIn: true);

        var plan = await PlanAsync(server, contribution);

        Assert.Equal(
            [$"1 earlier commit(s) not on upstream/main go into the pull request too (start from an up-to-date upstream/main to leave them out): {bump} Bump the version"],
            plan["notes"]!.AsArray().Select(note => (string?)note));
    }

    [Fact]
    public async Task Planning_uses_the_servers_GitHub_cache_so_planning_again_revalidates_with_the_ETag()
    {
        await using var contribution = new GitHubContribution();
        await using var server = await StartAsync(contribution, signedIn: true);

        await PlanAsync(server, contribution);
        await PlanAsync(server, contribution);

        var reads = contribution.GitHub.RequestsTo("/repos/octokit-fixture-org/hello-world");
        Assert.Null(reads[0].Header("If-None-Match"));
        Assert.Equal("\"b6bf76818c02a332828422c6fa78009ad1f08f302c18524af715ed641f004227\"", reads[^1].Header("If-None-Match"));
    }

    [Fact]
    public async Task A_token_GitHub_refuses_when_opening_the_pull_request_is_dropped_and_asked_for_again()
    {
        await using var contribution = new GitHubContribution();
        contribution.GitHub.Map("POST", "/repos/octokit-fixture-org/hello-world/pulls",
            LoopbackResponse.Json(HttpStatusCode.Unauthorized, GitHubFixtures.Body("errors/bad-credentials.json")));
        await using var server = await StartAsync(contribution, signedIn: true);

        var plan = await PlanAsync(server, contribution);
        var execution = (await server.Client.RequestAsync("clawdev/draftPullRequest", DraftParams(contribution, execute: true, (string)plan["planId"]!)))["result"]!;
        var asksBefore = server.Client.ServerRequests.Count(r => (string?)r["method"] == "clawdev/requestGitHubSession");
        await PlanAsync(server, contribution);

        var last = execution["steps"]!.AsArray()[^1]!;
        Assert.Equal(("pull request", false), ((string?)last["name"], (bool)last["ok"]!));
        Assert.Contains("GitHub did not accept the token", (string?)last["message"]);
        Assert.StartsWith("https://github.com/octokit-fixture-org/hello-world/compare/main...octokit-fixture-user-a:", (string?)execution["compareUrl"]);
        Assert.Equal(0, asksBefore);
        var asked = Assert.Single(server.Client.ServerRequests, r => (string?)r["method"] == "clawdev/requestGitHubSession");
        Assert.False((bool)asked["params"]!["createIfNone"]!);
        AssertTokenNeverLeft(server);
    }

    public static TheoryData<string, LoopbackResponse, string> RefusedPullRequests() => new()
    {
        { "401", LoopbackResponse.Json(HttpStatusCode.Unauthorized, GitHubFixtures.Body("errors/bad-credentials.json")),
            "Sign in to GitHub again: ClawDev asks for it the next time GitHub is needed." },
        { "404", LoopbackResponse.Json(HttpStatusCode.NotFound, GitHubFixtures.Body("errors/not-found.json")),
            "Check the upstream in the clawdev.github.upstream setting." },
        { "rate limit", LoopbackResponse.Json(HttpStatusCode.Forbidden, GitHubFixtures.Body("errors/rate-limit.json"))
            .WithHeader("X-RateLimit-Remaining", "0").WithHeader("X-RateLimit-Reset", "4102444800"), "Try again after 00:00 UTC." },
    };

    [Theory]
    [MemberData(nameof(RefusedPullRequests))]
    public async Task GitHub_problems_while_drafting_give_the_editors_advice_not_the_terminals(string name, LoopbackResponse answer, string advice)
    {
        await using var contribution = new GitHubContribution();
        contribution.GitHub.Map("POST", "/repos/octokit-fixture-org/hello-world/pulls", answer);
        await using var server = await StartAsync(contribution, signedIn: true);

        var plan = await PlanAsync(server, contribution);
        var execution = (await server.Client.RequestAsync("clawdev/draftPullRequest", DraftParams(contribution, execute: true, (string)plan["planId"]!)))["result"]!;

        var message = (string)execution["steps"]!.AsArray()[^1]!["message"]!;
        Assert.True(message.Contains(advice, StringComparison.Ordinal), $"{name}: {message}");
        Assert.DoesNotContain("GITHUB_TOKEN", message);
        Assert.DoesNotContain("gh auth login", message);
        Assert.DoesNotContain("--upstream", message);
    }

    [Fact]
    public async Task A_login_GitHub_refuses_while_planning_is_noted_with_the_editors_advice()
    {
        await using var contribution = new GitHubContribution();
        contribution.GitHub.Map("GET", "/user", LoopbackResponse.Json(HttpStatusCode.Unauthorized, GitHubFixtures.Body("errors/bad-credentials.json")));
        await using var server = await StartAsync(contribution, signedIn: true);

        var plan = await PlanAsync(server, contribution);

        var note = Assert.Single(plan["notes"]!.AsArray(), note => ((string?)note)!.StartsWith("your GitHub login could not be read", StringComparison.Ordinal))!;
        Assert.EndsWith("Sign in to GitHub again: ClawDev asks for it the next time GitHub is needed.", (string?)note);
        Assert.DoesNotContain("gh auth login", (string?)note);
    }

    /// <summary>Nothing the server wrote to the client (trace included) or to its log contains the token.</summary>
    private static void AssertTokenNeverLeft(InProcessServer server)
    {
        Assert.DoesNotContain(Sealed.Token, server.Stderr);
        Assert.DoesNotContain(server.Client.Unclaimed(), message => message.Contains(Sealed.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(server.Client.ServerRequests, message => message.ToJsonString().Contains(Sealed.Token, StringComparison.Ordinal));
    }
}
