using System.Globalization;
using System.Net;
using System.Text;
using ClawDev.GitHub.Api;
using ClawDev.GitHub.Tests.Api;
using ClawDev.GitHub.Tests.Loopback;

namespace ClawDev.GitHub.Tests.Cache;

/// <summary>ETag revalidation and offline / rate-limited answers from the SQLite cache, over the real HTTP stack.</summary>
public sealed class CachedReadTests
{
    private const string LabelsPath = "/repos/octokit-fixture-org/hello-world/labels";

    [Fact]
    public async Task A_second_read_sends_If_None_Match_and_a_304_is_served_from_the_cache()
    {
        await using var harness = new ApiHarness(fixtures: false);
        // A route that answers 304 to a matching validator, as GitHub does.
        var etags = new Dictionary<string, string>
        {
            ["1"] = "\"edbcc9b9c4bef2ccf56e18bc08e6ac7f710c3388014ccbee263a66958a2bee6b\"",
            ["2"] = "\"labels-page-2\"",
        };
        harness.Server.Map("GET", LabelsPath, request =>
        {
            var page = request.Query.GetValueOrDefault("page", "1");
            if (request.Header("If-None-Match") == etags[page])
            {
                return new LoopbackResponse(HttpStatusCode.NotModified).WithHeader("ETag", etags[page]);
            }
            var link = page == "1" ? "<{base}" + LabelsPath + "?per_page=100&page=2>; rel=\"next\"" : "<{base}" + LabelsPath + "?per_page=100&page=1>; rel=\"first\"";
            return new LoopbackResponse(HttpStatusCode.OK, GitHubFixtures.Body($"labels/page-{page}.json")).WithHeader("ETag", etags[page]).WithHeader("Link", link);
        });

        var first = await harness.Api.ListLabelsAsync(ApiHarness.Upstream, CancellationToken.None);
        var second = await harness.Api.ListLabelsAsync(ApiHarness.Upstream, CancellationToken.None);

        Assert.Equal(DataOrigin.Network, first.Origin);
        Assert.Equal(DataOrigin.Revalidated, second.Origin);
        Assert.Equal(first.Value, second.Value);
        var requests = harness.Server.Requests;
        Assert.Equal(4, requests.Count);
        Assert.Null(requests[0].Header("If-None-Match"));
        Assert.Null(requests[1].Header("If-None-Match"));
        Assert.Equal(etags["1"], requests[2].Header("If-None-Match"));
        Assert.Equal(etags["2"], requests[3].Header("If-None-Match"));
    }

    [Fact]
    public async Task Changed_data_replaces_the_cached_copy()
    {
        await using var harness = new ApiHarness(fixtures: false);
        harness.Server.Map("GET", LabelsPath,
            new LoopbackResponse(HttpStatusCode.OK, GitHubFixtures.Body("labels/page-1.json")).WithHeader("ETag", "\"v1\""),
            new LoopbackResponse(HttpStatusCode.OK, GitHubFixtures.Body("labels/page-2.json")).WithHeader("ETag", "\"v2\""));

        await harness.Api.ListLabelsAsync(ApiHarness.Upstream, CancellationToken.None);
        var changed = await harness.Api.ListLabelsAsync(ApiHarness.Upstream, CancellationToken.None);
        await harness.Server.DisposeAsync();
        var offline = await harness.Api.ListLabelsAsync(ApiHarness.Upstream, CancellationToken.None);

        Assert.Equal("\"v1\"", harness.Server.Requests[1].Header("If-None-Match"));
        Assert.Equal(DataOrigin.Network, changed.Origin);
        Assert.Equal(changed.Value, offline.Value);
        Assert.Equal(4, offline.Value.Count);
    }

    [Fact]
    public async Task Offline_every_page_comes_from_the_cache_marked_with_its_age()
    {
        await using var harness = new ApiHarness();
        var online = await harness.Api.ListOpenIssuesAsync(ApiHarness.Upstream, new IssueFilter(), CancellationToken.None);
        await harness.Server.DisposeAsync();

        var offline = await harness.Api.ListOpenIssuesAsync(ApiHarness.Upstream, new IssueFilter(), CancellationToken.None);

        Assert.True(offline.IsCached);
        Assert.Equal(online.Value.Select(Summary), offline.Value.Select(Summary));
        Assert.Equal(GitHubProblemKind.Offline, offline.Problem?.Kind);
        Assert.InRange(offline.FetchedAt, online.FetchedAt.AddSeconds(-1), DateTimeOffset.UtcNow);
        Assert.StartsWith("cached less than a minute ago (Could not list the open issues", offline.Freshness(DateTimeOffset.UtcNow));
        Assert.StartsWith("cached 3 h ago", offline.Freshness(offline.FetchedAt.AddHours(3)));
    }

    private static string Summary(ClawDev.GitHub.Issues.UpstreamIssue issue) =>
        $"#{issue.Number} {issue.Title} by {issue.Author} [{string.Join(',', issue.Labels)}] {issue.UpdatedAt:O} {issue.CommentCount}";

    [Fact]
    public async Task Rate_limited_the_cached_list_is_served_with_the_reset_time()
    {
        await using var harness = new ApiHarness(fixtures: false);
        var reset = DateTimeOffset.UtcNow.AddMinutes(20);
        harness.Server.Map("GET", LabelsPath,
            new LoopbackResponse(HttpStatusCode.OK, GitHubFixtures.Body("labels/page-1.json")).WithHeader("ETag", "\"v1\""),
            new LoopbackResponse(HttpStatusCode.Forbidden, GitHubFixtures.Body("errors/rate-limit.json"))
                .WithHeader("X-RateLimit-Remaining", "0")
                .WithHeader("X-RateLimit-Reset", reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));

        await harness.Api.ListLabelsAsync(ApiHarness.Upstream, CancellationToken.None);
        var limited = await harness.Api.ListLabelsAsync(ApiHarness.Upstream, CancellationToken.None);

        Assert.True(limited.IsCached);
        Assert.Equal(5, limited.Value.Count);
        Assert.Equal(GitHubProblemKind.RateLimited, limited.Problem?.Kind);
        Assert.Equal(reset.ToUnixTimeSeconds(), limited.Problem?.RetryAfter?.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Answers_that_are_no_outage_are_not_hidden_behind_the_cache()
    {
        await using var harness = new ApiHarness(fixtures: false);
        harness.Server.Map("GET", LabelsPath,
            new LoopbackResponse(HttpStatusCode.OK, GitHubFixtures.Body("labels/page-1.json")),
            new LoopbackResponse(HttpStatusCode.NotFound, GitHubFixtures.Body("errors/not-found.json")));

        await harness.Api.ListLabelsAsync(ApiHarness.Upstream, CancellationToken.None);
        var error = await Assert.ThrowsAsync<GitHubProblemException>(() => harness.Api.ListLabelsAsync(ApiHarness.Upstream, CancellationToken.None));

        Assert.Equal(GitHubProblemKind.NotFound, error.Problem.Kind);
    }

    [Fact]
    public async Task The_token_is_in_no_cache_byte_and_no_message()
    {
        await using var harness = new ApiHarness();
        await harness.Api.GetRepositoryAsync(ApiHarness.Upstream, CancellationToken.None);
        await harness.Api.ListLabelsAsync(ApiHarness.Upstream, CancellationToken.None);
        await harness.Api.ListOpenIssuesAsync(ApiHarness.Upstream, new IssueFilter(), CancellationToken.None);
        await harness.Api.GetRecentCommentsAsync(ApiHarness.Upstream, 13, 5, CancellationToken.None);
        await harness.Server.DisposeAsync();
        var offline = await Assert.ThrowsAsync<GitHubProblemException>(() => harness.Api.SearchIssuesAsync(ApiHarness.Upstream, "x", 5, CancellationToken.None));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var files = Directory.GetFiles(Path.GetDirectoryName(harness.CachePath)!);
        Assert.NotEmpty(files);
        var tokenBytes = Encoding.UTF8.GetBytes(ApiHarness.Token);
        foreach (var file in files)
        {
            Assert.False(File.ReadAllBytes(file).AsSpan().IndexOf(tokenBytes) >= 0, $"token found in {file}");
        }
        Assert.DoesNotContain(ApiHarness.Token, offline.ToString());
        Assert.DoesNotContain(ApiHarness.Token, harness.Options.Token!.ToString());
        Assert.True(harness.Server.Requests.All(request => request.Header("Authorization") == $"Bearer {ApiHarness.Token}"));
    }
}
