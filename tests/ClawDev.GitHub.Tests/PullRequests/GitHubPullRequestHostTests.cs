using System.Globalization;
using System.Net;
using System.Text.Json;
using ClawDev.GitHub.Api;
using ClawDev.GitHub.PullRequests;
using ClawDev.GitHub.Tests.Api;
using ClawDev.GitHub.Tests.Loopback;

namespace ClawDev.GitHub.Tests.PullRequests;

/// <summary>The drafter's host over Octokit's real HTTP stack, against the loopback GitHub: what GitHub answers becomes HostResults.</summary>
public sealed class GitHubPullRequestHostTests
{
    private const string PullsPath = "/repos/octokit-fixture-org/hello-world/pulls";

    private static readonly DraftPullRequest Draft = new(
        ApiHarness.Upstream, "master", "octokit-fixture-user-a", "docs/issue-13-greet", "docs: document `name` in `Greeter.greet`", "Fixes #13");

    [Fact]
    public async Task The_login_is_the_signed_in_users()
    {
        await using var harness = new ApiHarness();

        var login = await new GitHubPullRequestHost(harness.Api).GetViewerLoginAsync(CancellationToken.None);

        Assert.Equal("octokit-fixture-user-a", login.Value);
        Assert.Equal(["GET /user"], harness.Server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task An_issues_assignees_are_read_and_an_unknown_issue_is_not_found()
    {
        await using var harness = new ApiHarness();
        var issue = System.Text.Json.Nodes.JsonNode.Parse(GitHubFixtures.Body("issues/created.json"))!;
        issue["assignees"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["login"] = "octokit-fixture-user-a", ["id"] = 1000 });
        harness.Server.Map("GET", "/repos/octokit-fixture-org/hello-world/issues/13", LoopbackResponse.Json(HttpStatusCode.OK, issue.ToJsonString()));
        var host = new GitHubPullRequestHost(harness.Api);

        var assignees = await host.GetIssueAssigneesAsync(ApiHarness.Upstream, 13, CancellationToken.None);
        var unknown = await host.GetIssueAssigneesAsync(ApiHarness.Upstream, 404, CancellationToken.None);

        Assert.Equal(["octokit-fixture-user-a"], assignees.Value);
        Assert.Equal(GitHubProblemKind.NotFound, unknown.Error?.Kind);
    }

    [Fact]
    public async Task A_repository_says_whether_the_user_may_push()
    {
        await using var harness = new ApiHarness();
        var host = new GitHubPullRequestHost(harness.Api);

        var upstream = await host.GetRepositoryAsync(ApiHarness.Upstream, CancellationToken.None);

        Assert.Equal(ApiHarness.Upstream, upstream.Value!.Id);
        Assert.Equal("master", upstream.Value.DefaultBranch);
        Assert.Equal("https://github.com/octokit-fixture-org/hello-world.git", upstream.Value.CloneUrl);
    }

    [Fact]
    public async Task Forking_is_requested_without_waiting_and_the_new_fork_answers_404_until_it_exists()
    {
        await using var harness = new ApiHarness();
        harness.Server.Map("GET", "/repos/octokit-fixture-user-a/hello-world", LoopbackResponse.Error(HttpStatusCode.NotFound, "Not Found"));
        var host = new GitHubPullRequestHost(harness.Api);

        var fork = await host.CreateForkAsync(ApiHarness.Upstream, CancellationToken.None);
        var lookup = await host.GetRepositoryAsync(ApiHarness.Fork, CancellationToken.None);

        Assert.Equal(ApiHarness.Fork, fork.Value!.Id);
        Assert.Equal((GitHubProblemKind.NotFound, false), (lookup.Error!.Kind, lookup.Succeeded));
        Assert.Equal(["POST /repos/octokit-fixture-org/hello-world/forks", "GET /repos/octokit-fixture-user-a/hello-world"],
            harness.Server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_draft_pull_request_is_opened_from_the_fork_branch()
    {
        await using var harness = new ApiHarness();

        var created = await new GitHubPullRequestHost(harness.Api).CreateDraftPullRequestAsync(Draft, CancellationToken.None);

        Assert.Equal(new CreatedPullRequest(21, new Uri("https://github.com/octokit-fixture-org/hello-world/pull/21"), IsDraft: true, AlreadyExisted: false), created.Value);
        using var sent = JsonDocument.Parse(Assert.Single(harness.Server.RequestsTo(PullsPath)).Body);
        Assert.Equal(("octokit-fixture-user-a:docs/issue-13-greet", "master", true),
            (sent.RootElement.GetProperty("head").GetString(), sent.RootElement.GetProperty("base").GetString(), sent.RootElement.GetProperty("draft").GetBoolean()));
    }

    [Fact]
    public async Task An_existing_pull_request_is_a_success_marked_as_already_existing()
    {
        await using var harness = new ApiHarness();
        harness.Server.Map("POST", PullsPath, new LoopbackResponse((HttpStatusCode)422, GitHubFixtures.Body("errors/pull-request-exists.json")));

        var created = await new GitHubPullRequestHost(harness.Api).CreateDraftPullRequestAsync(Draft, CancellationToken.None);

        Assert.True(created.Succeeded);
        Assert.Equal((21, true), (created.Value!.Number, created.Value.AlreadyExisted));
    }

    [Fact]
    public async Task No_permission_is_a_forbidden_failure_with_GitHubs_reason_and_never_the_token()
    {
        await using var harness = new ApiHarness();
        harness.Server.Map("POST", PullsPath, new LoopbackResponse(HttpStatusCode.Forbidden, GitHubFixtures.Body("errors/pull-request-forbidden.json")));

        var created = await new GitHubPullRequestHost(harness.Api).CreateDraftPullRequestAsync(Draft, CancellationToken.None);

        Assert.Equal(GitHubProblemKind.NoPermission, created.Error!.Kind);
        Assert.Equal(
            "Could not open a pull request on octokit-fixture-org/hello-world: no permission (Resource not accessible by personal access token). Use a token that may do this, or ask the maintainers for access.",
            created.Error.Message);
        Assert.Equal($"Bearer {ApiHarness.Token}", harness.Server.Requests[0].Header("Authorization"));
        Assert.DoesNotContain(ApiHarness.Token, created.Error.Message);
    }

    [Fact]
    public async Task A_rate_limited_failure_keeps_when_to_retry_and_what_to_do()
    {
        await using var harness = new ApiHarness();
        var reset = DateTimeOffset.UtcNow.AddMinutes(37);
        harness.Server.Map("POST", PullsPath, new LoopbackResponse(HttpStatusCode.Forbidden, GitHubFixtures.Body("errors/rate-limit.json"))
            .WithHeader("X-RateLimit-Limit", "5000")
            .WithHeader("X-RateLimit-Remaining", "0")
            .WithHeader("X-RateLimit-Reset", reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));

        var created = await new GitHubPullRequestHost(harness.Api).CreateDraftPullRequestAsync(Draft, CancellationToken.None);

        Assert.Equal(GitHubProblemKind.RateLimited, created.Error!.Kind);
        Assert.Equal(reset.ToUnixTimeSeconds(), created.Error.Problem.RetryAfter?.ToUnixTimeSeconds());
        Assert.Contains($"Retry after {reset.ToLocalTime():HH:mm}", created.Error.Problem.WhatToDo);
    }

    [Fact]
    public async Task An_unreachable_GitHub_is_an_offline_failure()
    {
        await using var harness = new ApiHarness();
        await harness.Server.DisposeAsync();

        var login = await new GitHubPullRequestHost(harness.Api).GetViewerLoginAsync(CancellationToken.None);

        Assert.Equal(GitHubProblemKind.Offline, login.Error!.Kind);
        Assert.StartsWith("Could not read your GitHub login: GitHub cannot be reached", login.Error.Message);
    }
}
