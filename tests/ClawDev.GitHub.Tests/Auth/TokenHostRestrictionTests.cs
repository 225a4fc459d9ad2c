using System.Net;
using ClawDev.GitHub.Api;
using ClawDev.GitHub.Tests.Api;
using ClawDev.GitHub.Tests.Loopback;

namespace ClawDev.GitHub.Tests.Auth;

/// <summary>The token goes to the configured API origin only — never to another host or port a response names.</summary>
public sealed class TokenHostRestrictionTests
{
    [Fact]
    public async Task A_next_page_on_another_host_is_fetched_without_the_token()
    {
        await using var harness = new ApiHarness(fixtures: false);
        await using var elsewhere = LoopbackGitHubServer.Start();
        elsewhere.Map("GET", "/labels-page-2", new LoopbackResponse(HttpStatusCode.OK, GitHubFixtures.Body("labels/page-2.json")));
        // "localhost" and another port: a different origin than the API's 127.0.0.1:PORT.
        var next = $"http://localhost:{elsewhere.BaseUri.Port}/labels-page-2";
        harness.Server.Map("GET", "/repos/octokit-fixture-org/hello-world/labels",
            new LoopbackResponse(HttpStatusCode.OK, GitHubFixtures.Body("labels/page-1.json")).WithHeader("Link", $"<{next}>; rel=\"next\""));

        var labels = await harness.Api.ListLabelsAsync(ApiHarness.Upstream, CancellationToken.None);

        Assert.Equal(9, labels.Value.Count);
        Assert.Equal($"Bearer {ApiHarness.Token}", Assert.Single(harness.Server.Requests).Header("Authorization"));
        Assert.Null(Assert.Single(elsewhere.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task A_redirect_to_the_same_host_name_on_another_port_drops_the_token()
    {
        await using var harness = new ApiHarness(fixtures: false);
        await using var elsewhere = LoopbackGitHubServer.Start();
        elsewhere.Map("GET", "/moved", new LoopbackResponse(HttpStatusCode.OK, GitHubFixtures.Body("repos/hello-world.json")));
        // Octokit clears the token on a redirect only when the host name changes; the port matters too.
        harness.Server.Map("GET", "/repos/octokit-fixture-org/hello-world",
            new LoopbackResponse(HttpStatusCode.TemporaryRedirect).WithHeader("Location", $"http://127.0.0.1:{elsewhere.BaseUri.Port}/moved"));

        var repository = await harness.Api.GetRepositoryAsync(ApiHarness.Upstream, CancellationToken.None);

        Assert.Equal("master", repository.Value.DefaultBranch);
        Assert.NotNull(Assert.Single(harness.Server.Requests).Header("Authorization"));
        Assert.Null(Assert.Single(elsewhere.Requests).Header("Authorization"));
    }
}
