using System.Net;
using ClawDev.GitHub.Api;
using ClawDev.GitHub.Issues;
using ClawDev.GitHub.Tests.Loopback;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Tests.Api;

/// <summary>Reads through Octokit's real HTTP stack against the loopback GitHub with recorded bodies.</summary>
public sealed class GitHubApiReadTests
{
    [Fact]
    public async Task Reads_a_repository_its_default_branch_and_push_permission()
    {
        await using var harness = new ApiHarness();

        var repository = await harness.Api.GetRepositoryAsync(ApiHarness.Upstream, CancellationToken.None);

        Assert.Equal(DataOrigin.Network, repository.Origin);
        Assert.Equal(ApiHarness.Upstream, repository.Value.Id);
        Assert.Equal("master", repository.Value.DefaultBranch);
        Assert.False(repository.Value.IsFork);
        Assert.Null(repository.Value.Parent);
        Assert.True(repository.Value.CanPush);
        Assert.Equal(new Uri("https://github.com/octokit-fixture-org/hello-world"), repository.Value.HtmlUrl);
    }

    [Fact]
    public async Task A_fork_names_its_parent_and_the_resolver_makes_the_parent_the_upstream()
    {
        await using var harness = new ApiHarness();
        var local = new UpstreamLocation(ApiHarness.Fork, UpstreamOriginKind.Remote, "remote 'origin'") { UpstreamRemote = "origin" };

        var fork = await harness.Api.GetRepositoryAsync(ApiHarness.Fork, CancellationToken.None);
        var (resolved, problem) = await UpstreamResolver.ResolveAsync(local, harness.Api, CancellationToken.None);

        Assert.True(fork.Value.IsFork);
        Assert.Equal(ApiHarness.Upstream, fork.Value.Parent);
        Assert.Null(problem);
        Assert.Equal(ApiHarness.Upstream, resolved.Upstream);
        Assert.Equal(UpstreamOriginKind.ApiParent, resolved.Origin);
        Assert.Equal("parent of octokit-fixture-user-a/hello-world (remote 'origin')", resolved.Detail);
        Assert.Equal(ApiHarness.Fork, resolved.Fork);
        Assert.Equal("origin", resolved.ForkRemote);
    }

    [Fact]
    public async Task The_resolver_keeps_the_local_answer_and_reports_why_when_GitHub_cannot_be_asked()
    {
        await using var harness = new ApiHarness();
        await harness.Server.DisposeAsync();
        var local = new UpstreamLocation(ApiHarness.Fork, UpstreamOriginKind.Remote, "remote 'origin'");

        var (resolved, problem) = await UpstreamResolver.ResolveAsync(local, harness.Api, CancellationToken.None);

        Assert.Same(local, resolved);
        Assert.Equal(GitHubProblemKind.Offline, problem?.Kind);
    }

    [Fact]
    public async Task Lists_every_label_following_Link_headers()
    {
        await using var harness = new ApiHarness();

        var labels = await harness.Api.ListLabelsAsync(ApiHarness.Upstream, CancellationToken.None);

        Assert.Equal(9, labels.Value.Count);
        Assert.Equal(["bug", "documentation", "duplicate", "enhancement", "good first issue", "help wanted", "invalid", "question", "wontfix"],
            labels.Value.Select(label => label.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Good for newcomers", labels.Value.Single(label => label.Name == "good first issue").Description);
        Assert.Equal(["/repos/octokit-fixture-org/hello-world/labels", "/repos/octokit-fixture-org/hello-world/labels"],
            harness.Server.Requests.Select(request => request.Path));
        Assert.Equal("2", harness.Server.Requests[1].Query["page"]);
    }

    [Fact]
    public async Task Lists_open_issues_across_five_pages_with_the_filter_in_the_query()
    {
        await using var harness = new ApiHarness();
        var since = new DateTimeOffset(2017, 10, 1, 0, 0, 0, TimeSpan.Zero);

        var issues = await harness.Api.ListOpenIssuesAsync(ApiHarness.Upstream, new IssueFilter("good first issue", since), CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 13).Reverse(), issues.Value.Select(issue => issue.Number));
        Assert.All(issues.Value, issue => Assert.True(issue.IsOpen && !issue.IsPullRequest));
        var first = harness.Server.Requests[0];
        Assert.Equal("good first issue", first.Query["labels"]);
        Assert.Equal("2017-10-01T00:00:00Z", first.Query["since"]);
        Assert.Equal("open", first.Query["state"]);
        Assert.Equal(["2", "3", "4", "5"], harness.Server.Requests.Skip(1).Select(request => request.Query["page"]));
        var thirteen = issues.Value[0];
        Assert.Equal("Test issue 13", thirteen.Title);
        Assert.Equal("octokit-fixture-user-a", thirteen.Author);
        Assert.Equal(42, thirteen.CommentCount);
    }

    [Fact]
    public async Task The_page_limit_bounds_a_list()
    {
        await using var harness = new ApiHarness();
        using var api = new GitHubApi(harness.Options with { MaxPages = 2 });

        var issues = await api.ListOpenIssuesAsync(ApiHarness.Upstream, new IssueFilter(), CancellationToken.None);

        Assert.Equal(6, issues.Value.Count);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Searches_issues_with_the_callers_query()
    {
        await using var harness = new ApiHarness();

        var found = await harness.Api.SearchIssuesAsync(ApiHarness.Upstream, "sesame repo:octokit-fixture-org/hello-world", 20, CancellationToken.None);

        Assert.Equal(2, found.Value.Count);
        Assert.All(found.Value, issue => Assert.Contains("sesame", issue.Title + issue.Body, StringComparison.OrdinalIgnoreCase));
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("sesame repo:octokit-fixture-org/hello-world", request.Query["q"]);
        Assert.Equal("20", request.Query["per_page"]);
    }

    [Fact]
    public async Task Reads_the_recent_comments_oldest_first()
    {
        await using var harness = new ApiHarness();

        var comments = await harness.Api.GetRecentCommentsAsync(ApiHarness.Upstream, 13, 1, CancellationToken.None);

        var comment = Assert.Single(comments.Value);
        Assert.Equal("octokit-fixture-user-b", comment.Author);
        Assert.StartsWith("I'd like to work on this", comment.Body);
        Assert.Equal(new DateTimeOffset(2017, 10, 11, 9, 30, 0, TimeSpan.Zero), comment.CreatedAt);
    }

    [Fact]
    public async Task Finds_pull_requests_linked_from_the_issue_timeline()
    {
        await using var harness = new ApiHarness();

        var timeline = await harness.Api.GetTimelineAsync(ApiHarness.Upstream, 13, CancellationToken.None);

        var pull = Assert.Single(timeline.Value.LinkedPullRequests);
        Assert.Equal(new ClawDev.GitHub.Issues.LinkedPullRequest(21, "octokit-fixture-user-a", true, false, new DateTimeOffset(2017, 10, 12, 8, 0, 0, TimeSpan.Zero)), pull);
    }

    [Fact]
    public async Task Reads_assignments_from_the_issue_timeline()
    {
        await using var harness = new ApiHarness();
        harness.Server.Map("GET", "/repos/octokit-fixture-org/hello-world/issues/13/timeline", LoopbackResponse.Json(HttpStatusCode.OK, """
            [
              {"id": 1, "event": "assigned", "created_at": "2017-10-11T10:00:00Z", "actor": {"login": "maintainer"}, "assignee": {"login": "octokit-fixture-user-a"}},
              {"id": 2, "event": "unassigned", "created_at": "2017-10-13T10:00:00Z", "actor": {"login": "maintainer"}, "assignee": {"login": "octokit-fixture-user-a"}},
              {"id": 3, "event": "assigned", "created_at": "2017-10-14T10:00:00Z", "actor": {"login": "maintainer"}, "assignee": {"login": "octokit-fixture-user-b"}},
              {"id": 4, "event": "labeled", "created_at": "2017-10-15T10:00:00Z", "actor": {"login": "maintainer"}, "label": {"name": "docs", "color": "fff"}}
            ]
            """));

        var timeline = (await harness.Api.GetTimelineAsync(ApiHarness.Upstream, 13, CancellationToken.None)).Value;

        Assert.Equal(new DateTimeOffset(2017, 10, 14, 10, 0, 0, TimeSpan.Zero), timeline.AssignedAt(["octokit-fixture-user-b"]));
        Assert.Equal(new DateTimeOffset(2017, 10, 11, 10, 0, 0, TimeSpan.Zero), timeline.AssignedAt(["octokit-fixture-user-a"]));
        Assert.Null(timeline.AssignedAt(["someone-else"]));
        Assert.Equal([new AssignmentEvent("octokit-fixture-user-a", new DateTimeOffset(2017, 10, 13, 10, 0, 0, TimeSpan.Zero), Assigned: false)], timeline.Unassignments);
        Assert.Empty(timeline.LinkedPullRequests);
    }

    [Fact]
    public async Task Creates_an_issue_with_labels()
    {
        await using var harness = new ApiHarness();

        var issue = await harness.Api.CreateIssueAsync(ApiHarness.Upstream, "Document Greeter.greet", "`name` is undocumented.", ["documentation"], CancellationToken.None);

        Assert.Equal(1, issue.Number);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("POST", request.Method);
        using var sent = System.Text.Json.JsonDocument.Parse(request.Body);
        Assert.Equal("Document Greeter.greet", sent.RootElement.GetProperty("title").GetString());
        Assert.Equal("`name` is undocumented.", sent.RootElement.GetProperty("body").GetString());
        Assert.Equal("documentation", sent.RootElement.GetProperty("labels")[0].GetString());
    }

    [Fact]
    public async Task Without_a_token_requests_are_anonymous_and_the_user_is_told()
    {
        await using var harness = new ApiHarness(withToken: false);

        await harness.Api.GetRepositoryAsync(ApiHarness.Upstream, CancellationToken.None);

        Assert.Null(harness.Server.Requests[0].Header("Authorization"));
        Assert.Equal("unauthenticated: 60 requests/hour; set GITHUB_TOKEN or run `gh auth login`", harness.Api.AuthenticationNote);
    }

    [Fact]
    public async Task With_a_token_requests_to_the_api_host_carry_it()
    {
        await using var harness = new ApiHarness();

        await harness.Api.GetRepositoryAsync(ApiHarness.Upstream, CancellationToken.None);

        Assert.Equal($"Bearer {ApiHarness.Token}", harness.Server.Requests[0].Header("Authorization"));
        Assert.Null(harness.Api.AuthenticationNote);
    }
}
