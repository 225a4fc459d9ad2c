using System.Net;
using System.Text.Json.Nodes;
using ClawDev.GitHub.Tests.Loopback;
using ClawDev.Server.Cli;
using ClawDev.Server.Reports;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Cli;

/// <summary>`clawdev issues` in process, against the C# loopback GitHub through --api-url.</summary>
public sealed class IssuesCommandTests
{
    private const string Token = "ghp_CliSecretToken0123456789abcdefABCDEF";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static CliRun Issues(GitHubScenario scenario, TemporaryDirectory cache, Dictionary<string, string>? variables = null, params string[] args)
    {
        var environment = new Dictionary<string, string>(variables ?? [])
        {
            ["CLAWDEV_CACHE_DIR"] = cache.Path,
            // No gh on PATH: the token comes only from what the test sets.
            ["PATH"] = "",
        };
        var clock = new FixedClock(Now);
        return CliRun.Invoke(RuleCatalog.Builtin(), new CliEnvironment(name => environment.GetValueOrDefault(name), IsInteractive: false) { Clock = clock },
            ["issues", scenario.Repository.Path, "--api-url", scenario.ApiUrl, .. args]);
    }

    [Fact]
    public async Task Lists_the_issue_naming_the_file_first_the_claimed_one_marked_then_the_micro_tasks()
    {
        await using var scenario = new GitHubScenario();
        using var cache = new TemporaryDirectory();

        var run = Issues(scenario, cache, args: ["--file", scenario.Repository.Combine("tinylib/text.py")]);

        Assert.Equal("", run.Error);
        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Snapshot.Match("issues-tinylib.txt", run.Output.Replace(scenario.ApiUrl.TrimEnd('/'), "{api}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_carries_the_ranking_reasons_and_claims()
    {
        await using var scenario = new GitHubScenario();
        using var cache = new TemporaryDirectory();

        var run = Issues(scenario, cache, args: ["--file", "tinylib/text.py", "--symbol", "shout", "--format", "json", "--limit", "1"]);

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        var json = JsonNode.Parse(run.Output)!;
        Assert.Equal("octokit-fixture-org/hello-world", (string?)json["upstream"]!["fullName"]);
        Assert.Equal("remote 'upstream'", (string?)json["upstream"]!["source"]);
        Assert.False((bool)json["authenticated"]!);
        var item = Assert.Single(json["items"]!.AsArray())!;
        Assert.Equal(12, (int)item["number"]!);
        Assert.Contains("mentions `shout` in the title", item["reasons"]!.AsArray().Select(r => (string?)r));
        Assert.Empty(item["claims"]!.AsArray());
        Assert.Equal("shout", (string?)json["microTasks"]![0]!["object"]);
        Assert.Equal("tinylib/text.py", (string?)json["microTasks"]![0]!["definedAt"]!["path"]);
    }

    [Fact]
    public async Task A_claimed_issue_says_who_claimed_it_and_since_when()
    {
        await using var scenario = new GitHubScenario();
        using var cache = new TemporaryDirectory();

        var json = JsonNode.Parse(Issues(scenario, cache, args: ["--format", "json"]).Output)!;

        var claimed = json["items"]!.AsArray().Single(item => (int)item!["number"]! == 13)!;
        var claims = claimed["claims"]!.AsArray();
        Assert.Contains(claims, claim => (string?)claim!["kind"] == "openPullRequest" && (string?)claim["by"] == "octokit-fixture-user-a");
        Assert.Contains(claims, claim => (string?)claim!["kind"] == "assignee" && (string?)claim["since"] == "2026-11-18T09:00:00Z");
    }

    [Fact]
    public async Task The_rate_limit_is_one_line_with_the_retry_time_and_exit_2()
    {
        await using var scenario = new GitHubScenario();
        using var cache = new TemporaryDirectory();
        scenario.Server.Map("GET", "/repos/octokit-fixture-org/hello-world/labels",
            LoopbackResponse.Json(HttpStatusCode.Forbidden, GitHubFixtures.Body("errors/rate-limit.json"))
                .WithHeader("X-RateLimit-Remaining", "0")
                .WithHeader("X-RateLimit-Reset", Now.AddMinutes(30).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var run = Issues(scenario, cache);

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("clawdev: Could not list the labels of octokit-fixture-org/hello-world: the GitHub API rate limit is used up.", line);
        Assert.Contains($"Retry after {Now.AddMinutes(30).ToLocalTime():HH:mm}", line);
        Assert.Contains("First issues: none", run.Output);
        Assert.Contains("Micro-tasks the maintainers listed (1):", run.Output);
    }

    [Fact]
    public async Task A_refused_token_is_reported_without_the_token()
    {
        await using var scenario = new GitHubScenario();
        using var cache = new TemporaryDirectory();
        foreach (var path in new[] { "/repos/octokit-fixture-org/hello-world", "/repos/octokit-fixture-org/hello-world/labels" })
        {
            scenario.Server.Map("GET", path, LoopbackResponse.Json(HttpStatusCode.Unauthorized, GitHubFixtures.Body("errors/bad-credentials.json")));
        }

        var run = Issues(scenario, cache, new() { ["GITHUB_TOKEN"] = Token });

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Contains("GitHub did not accept the token", run.Error);
        Assert.DoesNotContain(Token, run.Error + run.Output);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.All(scenario.Server.Requests, request => Assert.Equal($"Bearer {Token}", request.Header("Authorization"), ignoreCase: true));
    }

    [Fact]
    public async Task An_error_message_that_echoes_the_Authorization_header_reaches_stderr_without_the_token()
    {
        await using var scenario = new GitHubScenario();
        using var cache = new TemporaryDirectory();
        foreach (var path in new[] { "/repos/octokit-fixture-org/hello-world", "/repos/octokit-fixture-org/hello-world/labels" })
        {
            // What some proxies and GitHub Enterprise errors do.
            scenario.Server.Map("GET", path, request => LoopbackResponse.Error(HttpStatusCode.Forbidden, $"Forbidden for {request.Header("Authorization")}"));
        }

        var run = Issues(scenario, cache, new() { ["GITHUB_TOKEN"] = Token });

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Contains("no permission (Forbidden for Bearer [redacted])", run.Error);
        Assert.DoesNotContain(Token, run.Error + run.Output);
    }

    [Fact]
    public async Task Offline_with_nothing_cached_says_so()
    {
        var scenario = new GitHubScenario();
        await scenario.Server.DisposeAsync();
        using var cache = new TemporaryDirectory();

        var run = Issues(scenario, cache);

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Contains("GitHub cannot be reached", run.Error);
        await scenario.DisposeAsync();
    }

    [Fact]
    public async Task A_repository_without_a_GitHub_remote_is_told_how_to_name_the_upstream()
    {
        await using var scenario = new GitHubScenario(withRemote: false);
        using var cache = new TemporaryDirectory();

        var run = Issues(scenario, cache);

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Contains("--upstream OWNER/REPO", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Usage_errors_name_the_option()
    {
        await using var scenario = new GitHubScenario();
        using var cache = new TemporaryDirectory();

        Assert.Contains("--limit: '0' is not a whole number from 1 to 100.", Issues(scenario, cache, args: ["--limit", "0"]).Error);
        Assert.Contains("--symbol names a symbol of --file", Issues(scenario, cache, args: ["--symbol", "shout"]).Error);
        Assert.Contains("no such file: missing.py", Issues(scenario, cache, args: ["--file", "missing.py"]).Error);
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public async Task A_named_pipe_given_as_the_file_is_refused_without_being_read()
    {
        await using var scenario = new GitHubScenario();
        using var cache = new TemporaryDirectory();
        scenario.Repository.MakeNamedPipe("tinylib/pipe.py");

        var run = WorkspaceTraps.Within(20, () => Issues(scenario, cache, args: ["--file", "tinylib/pipe.py"]));

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Equal("clawdev: cannot read tinylib/pipe.py: not a regular file (a named pipe (FIFO))\n", run.Error);
        Assert.Empty(scenario.Server.Requests);
    }
}
