using System.Globalization;
using System.Net;
using ClawDev.GitHub.Api;
using ClawDev.GitHub.Tests.Loopback;

namespace ClawDev.GitHub.Tests.Api;

/// <summary>Error answers of the loopback GitHub become problems the user can act on.</summary>
public sealed class GitHubProblemTests
{
    private const string RepositoryPath = "/repos/octokit-fixture-org/hello-world";

    private static async Task<GitHubProblem> ProblemOfReadingTheRepository(ApiHarness harness)
    {
        var error = await Assert.ThrowsAsync<GitHubProblemException>(() => harness.Api.GetRepositoryAsync(ApiHarness.Upstream, CancellationToken.None));
        Assert.DoesNotContain(ApiHarness.Token, error.Message);
        Assert.DoesNotContain(ApiHarness.Token, error.ToString());
        return error.Problem;
    }

    /// <summary>What some proxies and GitHub Enterprise answer: the request's Authorization header in the message.</summary>
    private static LoopbackResponse EchoingTheAuthorization(HttpStatusCode status, LoopbackRequest request, string extra = "") =>
        LoopbackResponse.Error(status, $"Bad credentials for '{request.Header("Authorization")}'{extra}");

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(422)]
    [InlineData(502)]
    public async Task An_error_message_that_echoes_the_token_is_shown_without_it(int status)
    {
        await using var harness = new ApiHarness(fixtures: false);
        harness.Server.Map("GET", RepositoryPath, request => EchoingTheAuthorization((HttpStatusCode)status, request));

        var problem = await ProblemOfReadingTheRepository(harness);

        Assert.DoesNotContain(ApiHarness.Token, problem.ToString());
        Assert.Contains("Bad credentials for 'Bearer [redacted]'", problem.Message);
    }

    [Fact]
    public async Task Anything_shaped_like_a_GitHub_token_is_removed_from_an_error_message_too()
    {
        await using var harness = new ApiHarness(fixtures: false, withToken: false);
        const string classic = "ghp_AnotherUsersToken0123456789abcdefABCD";
        const string fineGrained = "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const string oauth = "0123456789abcdef0123456789abcdef01234567";
        harness.Server.Map("GET", RepositoryPath, LoopbackResponse.Error((HttpStatusCode)502,
            $"upstream said: {classic}, {fineGrained}, Authorization: token {oauth}, Proxy-Authorization: Basic dXNlcjpzZWNyZXQ="));

        var problem = await ProblemOfReadingTheRepository(harness);

        foreach (var secret in new[] { classic, fineGrained, oauth, "dXNlcjpzZWNyZXQ=" })
        {
            Assert.DoesNotContain(secret, problem.ToString());
        }
        Assert.Contains("upstream said: [redacted], [redacted], Authorization: token [redacted], Proxy-Authorization: Basic [redacted]", problem.Message);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(429)]
    public async Task The_primary_rate_limit_says_when_it_resets(int status)
    {
        await using var harness = new ApiHarness(fixtures: false);
        var reset = DateTimeOffset.UtcNow.AddMinutes(37);
        harness.Server.Map("GET", RepositoryPath, new LoopbackResponse((HttpStatusCode)status, GitHubFixtures.Body("errors/rate-limit.json"))
            .WithHeader("X-RateLimit-Limit", "60")
            .WithHeader("X-RateLimit-Remaining", "0")
            .WithHeader("X-RateLimit-Reset", reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));

        var problem = await ProblemOfReadingTheRepository(harness);

        Assert.Equal(GitHubProblemKind.RateLimited, problem.Kind);
        Assert.Equal(reset.ToUnixTimeSeconds(), problem.RetryAfter?.ToUnixTimeSeconds());
        Assert.Contains($"Retry after {reset.ToLocalTime():HH:mm}", problem.WhatToDo);
        Assert.Single(harness.Server.Requests);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(429)]
    public async Task A_secondary_rate_limit_with_Retry_After_says_when_to_retry_and_is_not_retried(int status)
    {
        await using var harness = new ApiHarness(fixtures: false);
        harness.Server.Map("GET", RepositoryPath, new LoopbackResponse((HttpStatusCode)status, GitHubFixtures.Body("errors/secondary-rate-limit.json"))
            .WithHeader("Retry-After", "120"));
        var before = DateTimeOffset.UtcNow;

        var problem = await ProblemOfReadingTheRepository(harness);

        Assert.Equal(GitHubProblemKind.SecondaryRateLimited, problem.Kind);
        Assert.InRange(problem.RetryAfter!.Value, before.AddSeconds(119), DateTimeOffset.UtcNow.AddSeconds(121));
        Assert.Equal($"Retry after {problem.RetryAfter.Value.ToLocalTime():HH:mm}.", problem.WhatToDo);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task A_secondary_rate_limit_recognised_by_its_message_alone_waits_a_minute()
    {
        await using var harness = new ApiHarness(fixtures: false);
        harness.Server.Map("GET", RepositoryPath, new LoopbackResponse(HttpStatusCode.Forbidden, GitHubFixtures.Body("errors/secondary-rate-limit.json")));
        var before = DateTimeOffset.UtcNow;

        var problem = await ProblemOfReadingTheRepository(harness);

        Assert.Equal(GitHubProblemKind.SecondaryRateLimited, problem.Kind);
        Assert.InRange(problem.RetryAfter!.Value, before.AddSeconds(59), DateTimeOffset.UtcNow.AddSeconds(61));
    }

    [Fact]
    public async Task Bad_credentials_ask_to_sign_in_again()
    {
        await using var harness = new ApiHarness(fixtures: false);
        harness.Server.Map("GET", RepositoryPath, new LoopbackResponse(HttpStatusCode.Unauthorized, GitHubFixtures.Body("errors/bad-credentials.json")));

        var problem = await ProblemOfReadingTheRepository(harness);

        Assert.Equal(GitHubProblemKind.Unauthorized, problem.Kind);
        Assert.Contains("Bad credentials", problem.Message);
        Assert.Contains("Sign in to GitHub again", problem.WhatToDo);
    }

    [Fact]
    public async Task Not_found_says_the_repository_is_unknown_or_private()
    {
        await using var harness = new ApiHarness(fixtures: false);
        harness.Server.Map("GET", RepositoryPath, new LoopbackResponse(HttpStatusCode.NotFound, GitHubFixtures.Body("errors/not-found.json")));

        var problem = await ProblemOfReadingTheRepository(harness);

        Assert.Equal(GitHubProblemKind.NotFound, problem.Kind);
        Assert.Equal("Could not read the repository octokit-fixture-org/hello-world: the repository is unknown or private.", problem.Message);
        Assert.StartsWith("Check the upstream (the clawdev.github.upstream setting, or --upstream OWNER/REPO)", problem.WhatToDo);
    }

    [Fact]
    public async Task A_refused_connection_with_nothing_cached_is_a_clear_offline_message()
    {
        await using var harness = new ApiHarness();
        await harness.Server.DisposeAsync();

        var problem = await ProblemOfReadingTheRepository(harness);

        Assert.Equal(GitHubProblemKind.Offline, problem.Kind);
        Assert.Contains("GitHub cannot be reached", problem.Message);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_times_out_instead_of_blocking()
    {
        await using var harness = new ApiHarness(fixtures: false, timeout: TimeSpan.FromMilliseconds(300));
        harness.Server.Map("GET", RepositoryPath, new LoopbackResponse(HttpStatusCode.OK, GitHubFixtures.Body("repos/hello-world.json")) { Delay = TimeSpan.FromSeconds(30) });
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var problem = await ProblemOfReadingTheRepository(harness);

        Assert.Equal(GitHubProblemKind.Offline, problem.Kind);
        Assert.Contains("did not answer within 0.3 s", problem.Message);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Cancellation_by_the_caller_stays_a_cancellation()
    {
        await using var harness = new ApiHarness(fixtures: false);
        harness.Server.Map("GET", RepositoryPath, new LoopbackResponse(HttpStatusCode.OK, GitHubFixtures.Body("repos/hello-world.json")) { Delay = TimeSpan.FromSeconds(30) });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Api.GetRepositoryAsync(ApiHarness.Upstream, cancellation.Token));
    }
}
