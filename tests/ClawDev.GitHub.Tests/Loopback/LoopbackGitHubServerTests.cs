using System.Net;
using Octokit;
using Octokit.Internal;

namespace ClawDev.GitHub.Tests.Loopback;

/// <summary>The loopback server itself, driven through Octokit's real HTTP stack.</summary>
public sealed class LoopbackGitHubServerTests
{
    private static Connection ConnectTo(LoopbackGitHubServer server) =>
        new(new ProductHeaderValue("ClawDev-Tests"), server.BaseUri, new InMemoryCredentialStore(Credentials.Anonymous),
            new HttpClientAdapter(HttpMessageHandlerFactory.CreateDefault), new SimpleJsonSerializer());

    [Fact]
    public async Task Serves_the_recorded_repository_and_records_the_request()
    {
        await using var server = LoopbackGitHubServer.StartWithFixtures();
        var client = new GitHubClient(ConnectTo(server));

        var repository = await client.Repository.Get("octokit-fixture-org", "hello-world");

        Assert.Equal("octokit-fixture-org/hello-world", repository.FullName);
        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/repos/octokit-fixture-org/hello-world", request.Path);
        Assert.StartsWith("ClawDev-Tests", request.Header("User-Agent"));
    }

    [Fact]
    public async Task Link_headers_name_the_server_itself_and_the_route_with_more_query_parameters_wins()
    {
        await using var server = LoopbackGitHubServer.StartWithFixtures();
        var connection = ConnectTo(server);

        var first = await connection.Get<List<Label>>(new Uri("repos/octokit-fixture-org/hello-world/labels?per_page=100", UriKind.Relative), null, null, CancellationToken.None);
        var next = first.HttpResponse.ApiInfo.Links["next"];
        var second = await connection.Get<List<Label>>(next, null, null, CancellationToken.None);

        Assert.Equal(server.BaseUri.Authority, next.Authority);
        Assert.Equal(5, first.Body.Count);
        Assert.Equal(4, second.Body.Count);
        Assert.Equal("2", server.Requests[^1].Query["page"]);
    }

    [Fact]
    public async Task A_sequence_route_answers_in_turn_and_repeats_its_last_answer()
    {
        await using var server = LoopbackGitHubServer.Start();
        server.Map("GET", "/repos/o/r",
            LoopbackResponse.Error(HttpStatusCode.NotFound, "Not Found"),
            new LoopbackResponse(HttpStatusCode.OK, GitHubFixtures.Body("repos/hello-world.json")));
        var client = new GitHubClient(ConnectTo(server));

        await Assert.ThrowsAsync<NotFoundException>(() => client.Repository.Get("o", "r"));
        Assert.Equal("hello-world", (await client.Repository.Get("o", "r")).Name);
        Assert.Equal("hello-world", (await client.Repository.Get("o", "r")).Name);
    }

    [Fact]
    public async Task Request_bodies_and_headers_are_recorded()
    {
        await using var server = LoopbackGitHubServer.StartWithFixtures();
        var client = new GitHubClient(ConnectTo(server));

        var issue = await client.Issue.Create("octokit-fixture-org", "hello-world", new NewIssue("Document Greeter.greet"));

        Assert.Equal(1, issue.Number);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Contains("\"title\":\"Document Greeter.greet\"", request.Body);
        Assert.Equal(request.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Header("Content-Length"));
    }

    [Fact]
    public async Task An_unknown_path_is_answered_404_like_GitHub()
    {
        await using var server = LoopbackGitHubServer.Start();
        var client = new GitHubClient(ConnectTo(server));

        var error = await Assert.ThrowsAsync<NotFoundException>(() => client.Repository.Get("nobody", "nothing"));

        Assert.Equal("Not Found", error.Message);
    }
}
