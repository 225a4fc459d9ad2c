using System.Net;
using ClawDev.GitHub.Api;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.Issues;
using ClawDev.GitHub.Issues.Matching;
using ClawDev.GitHub.Issues.Ranking;
using ClawDev.GitHub.Tests.Api;
using ClawDev.GitHub.Tests.Git;
using ClawDev.GitHub.Tests.Loopback;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Tests.Issues.Services;

/// <summary>The first-issue and symbol searches against the loopback GitHub: what they ask, and what they make of it.</summary>
public sealed class FirstIssueSearchTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly CodeContext TextPy = CodeContext.ForFile("tinylib/text.py", ["shout"], ["whisper"]);

    private static async Task<ConnectedUpstream> ConnectAsync(LoopbackGitHubServer server, GitRepository repository, bool withToken = false) =>
        await UpstreamConnector.ConnectAsync(repository.Path, new UpstreamSettings("octokit-fixture-org/hello-world", server.BaseUri.ToString()),
            withToken ? new ClawDev.GitHub.Auth.GitHubToken(ApiHarness.Token, "test") : null, cache: null, new GitCli(), CancellationToken.None);

    private static LoopbackGitHubServer E2eServer()
    {
        var server = LoopbackGitHubServer.StartWithFixtures();
        server.Map("GET", "/repos/octokit-fixture-org/hello-world/issues", LoopbackResponse.Json(HttpStatusCode.OK, GitHubFixtures.Body("../e2e/issues.json")));
        server.Map("GET", "/repos/octokit-fixture-org/hello-world/issues/12/timeline", LoopbackResponse.Json(HttpStatusCode.OK, "[]"));
        return server;
    }

    [Fact]
    public async Task Each_label_of_the_vocabulary_is_asked_once_and_only_the_best_candidates_get_details()
    {
        await using var server = E2eServer();
        using var repository = new GitRepository();
        using var upstream = await ConnectAsync(server, repository);

        var results = await FirstIssueSearch.FindAsync(upstream, TextPy, new FirstIssueOptions(DetailedCandidates: 1), Now, CancellationToken.None);

        Assert.Equal([12, 13], results.Issues.Select(ranked => ranked.Issue.Number));
        Assert.Equal(2, results.Considered);
        // The recorded labels name "good first issue", "documentation" and "help wanted": one request each.
        Assert.Equal(["good first issue", "documentation", "help wanted"],
            server.RequestsTo("/repos/octokit-fixture-org/hello-world/issues").Select(request => request.Query["labels"]));
        Assert.Single(server.RequestsTo("/repos/octokit-fixture-org/hello-world/issues/12/timeline"));
        Assert.Empty(server.RequestsTo("/repos/octokit-fixture-org/hello-world/issues/13/timeline"));
        Assert.Empty(server.RequestsTo("/repos/octokit-fixture-org/hello-world/issues/13/comments"));
        Assert.Contains("comments and linked pull requests were read for the best 1 of 2 issues (to save requests); the others show only their assignees as claims", results.About.Notes);
        Assert.Contains(GitHubApi.UnauthenticatedNote, results.About.Notes);
        Assert.False(results.About.Authenticated);
        Assert.Equal("labelled good first issue, documentation", results.Issues[0].Reasons[^2]);
        Assert.Equal(["octokit-fixture-user-a"], results.Issues[1].Claims.Select(claim => claim.Who));
    }

    [Fact]
    public async Task A_repository_without_beginner_labels_says_so_and_lists_nothing()
    {
        await using var server = E2eServer();
        server.Map("GET", "/repos/octokit-fixture-org/hello-world/labels", LoopbackResponse.Json(HttpStatusCode.OK, "[{\"id\":1,\"name\":\"bug\",\"color\":\"f00\"}]"));
        using var repository = new GitRepository();
        using var upstream = await ConnectAsync(server, repository);

        var results = await FirstIssueSearch.FindAsync(upstream, TextPy, new FirstIssueOptions(), Now, CancellationToken.None);

        Assert.Empty(results.Issues);
        Assert.Contains("octokit-fixture-org/hello-world has no label for beginners, documentation or help wanted", results.About.Notes);
        Assert.Empty(server.RequestsTo("/repos/octokit-fixture-org/hello-world/issues"));
    }

    [Theory]
    [InlineData(false, 4)]
    [InlineData(true, 6)]
    public async Task An_anonymous_symbol_search_runs_only_the_precise_queries(bool withToken, int searches)
    {
        await using var server = E2eServer();
        using var repository = new GitRepository();
        using var upstream = await ConnectAsync(server, repository, withToken);

        var results = await SymbolIssueSearch.FindAsync(upstream, "tinylib/greeter.py", "Greeter.greet", Now, CancellationToken.None);

        Assert.Equal(searches, server.RequestsTo("/search/issues").Count);
        Assert.Equal(!withToken, results.About.Notes.Contains("without a token only the 4 most precise of 6 searches ran (GitHub allows 10 searches a minute)"));
        Assert.Empty(results.Matches);
    }
}
