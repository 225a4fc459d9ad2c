using System.Net;
using System.Text.Json;
using ClawDev.GitHub.Api;
using ClawDev.GitHub.Tests.Loopback;

namespace ClawDev.GitHub.Tests.Api;

/// <summary>The calls pull-request drafting makes: fork (202, then wait) and draft pull request (201, 422, 403).</summary>
public sealed class ForkAndPullRequestTests
{
    private const string ForkPath = "/repos/octokit-fixture-user-a/hello-world";
    private const string PullsPath = "/repos/octokit-fixture-org/hello-world/pulls";

    private static readonly NewDraftPullRequest Draft = new(
        "docs: document `name` in `Greeter.greet`", "Fixes #13", "octokit-fixture-user-a:docs/issue-13-greet", "master");

    [Fact]
    public async Task Forking_waits_until_GitHub_serves_the_fork()
    {
        await using var harness = new ApiHarness();
        // The 202 comes first; the fork answers 404 twice before it exists.
        harness.Server.Map("GET", ForkPath,
            LoopbackResponse.Error(HttpStatusCode.NotFound, "Not Found"),
            LoopbackResponse.Error(HttpStatusCode.NotFound, "Not Found"),
            new LoopbackResponse(HttpStatusCode.OK, GitHubFixtures.Body("repos/hello-world-fork.json")));

        var fork = await harness.Api.CreateForkAsync(ApiHarness.Upstream, CancellationToken.None);

        Assert.Equal(ApiHarness.Fork, fork.Id);
        Assert.True(fork.IsFork);
        Assert.Equal(ApiHarness.Upstream, fork.Parent);
        Assert.Equal(["POST /repos/octokit-fixture-org/hello-world/forks", $"GET {ForkPath}", $"GET {ForkPath}", $"GET {ForkPath}"],
            harness.Server.Requests.Select(request => $"{request.Method} {request.Path}"));
    }

    [Fact]
    public async Task Forking_gives_up_after_its_limit_with_a_clear_problem()
    {
        await using var harness = new ApiHarness();
        harness.Server.Map("GET", ForkPath, LoopbackResponse.Error(HttpStatusCode.NotFound, "Not Found"));
        using var api = new GitHubApi(harness.Options with
        {
            ForkWait = new ForkWaitPolicy(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(300)),
        });

        var error = await Assert.ThrowsAsync<GitHubProblemException>(() => api.CreateForkAsync(ApiHarness.Upstream, CancellationToken.None));

        Assert.Equal(GitHubProblemKind.StillWorking, error.Problem.Kind);
        var polls = harness.Server.RequestsTo(ForkPath).Count;
        // Delays 20, 40, 50, 50, … ms within 300 ms: a handful of polls, never a tight loop (on a loaded machine
        // the first answers alone may take most of the 300 ms, so the lower bound is one poll).
        Assert.InRange(polls, 1, 9);
    }

    [Fact]
    public async Task Opens_a_draft_pull_request()
    {
        await using var harness = new ApiHarness();

        var pull = await harness.Api.CreateDraftPullRequestAsync(ApiHarness.Upstream, Draft, CancellationToken.None);

        Assert.Equal(new CreatedPullRequest(21, new Uri("https://github.com/octokit-fixture-org/hello-world/pull/21"), true, false), pull);
        var request = Assert.Single(harness.Server.Requests);
        using var sent = JsonDocument.Parse(request.Body);
        Assert.True(sent.RootElement.GetProperty("draft").GetBoolean());
        Assert.Equal("octokit-fixture-user-a:docs/issue-13-greet", sent.RootElement.GetProperty("head").GetString());
        Assert.Equal("master", sent.RootElement.GetProperty("base").GetString());
        Assert.Equal("Fixes #13", sent.RootElement.GetProperty("body").GetString());
    }

    [Fact]
    public async Task An_existing_pull_request_for_the_same_head_is_returned()
    {
        await using var harness = new ApiHarness();
        harness.Server.Map("POST", PullsPath, new LoopbackResponse((HttpStatusCode)422, GitHubFixtures.Body("errors/pull-request-exists.json")));

        var pull = await harness.Api.CreateDraftPullRequestAsync(ApiHarness.Upstream, Draft, CancellationToken.None);

        Assert.Equal(21, pull.Number);
        Assert.True(pull.AlreadyExisted);
        var lookup = harness.Server.Requests[^1];
        Assert.Equal(("GET", "octokit-fixture-user-a:docs/issue-13-greet"), (lookup.Method, lookup.Query["head"]));
    }

    [Fact]
    public async Task Another_validation_error_is_a_problem_with_GitHubs_reason()
    {
        await using var harness = new ApiHarness();
        harness.Server.Map("POST", PullsPath, new LoopbackResponse((HttpStatusCode)422, GitHubFixtures.Body("errors/validation-failed.json")));

        var error = await Assert.ThrowsAsync<GitHubProblemException>(() => harness.Api.CreateDraftPullRequestAsync(ApiHarness.Upstream, Draft, CancellationToken.None));

        Assert.Equal(GitHubProblemKind.Invalid, error.Problem.Kind);
        Assert.Contains("Validation Failed", error.Problem.Message);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task Forbidden_is_a_clear_no_permission_problem()
    {
        await using var harness = new ApiHarness();
        harness.Server.Map("POST", PullsPath, new LoopbackResponse(HttpStatusCode.Forbidden, GitHubFixtures.Body("errors/pull-request-forbidden.json")));

        var error = await Assert.ThrowsAsync<GitHubProblemException>(() => harness.Api.CreateDraftPullRequestAsync(ApiHarness.Upstream, Draft, CancellationToken.None));

        Assert.Equal(GitHubProblemKind.NoPermission, error.Problem.Kind);
        Assert.Equal("Could not open a pull request on octokit-fixture-org/hello-world: no permission (Resource not accessible by personal access token).", error.Problem.Message);
    }
}
