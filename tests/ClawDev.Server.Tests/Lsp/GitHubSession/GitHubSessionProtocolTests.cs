using System.Text.Json.Nodes;
using ClawDev.Server.Lsp;
using ClawDev.Server.Lsp.GitHubSession;
using ClawDev.Server.Tests.Lsp.Infrastructure;

namespace ClawDev.Server.Tests.Lsp.GitHubSession;

/// <summary>The hand-off through the real server: clawdev/githubSession in, clawdev/requestGitHubSession out.</summary>
public sealed class GitHubSessionProtocolTests
{
    private static readonly SealedSessionFixture Sealed = SealedSessionFixture.Read("sealed-by-typescript.json");

    private static InProcessServer StartServer() =>
        new(LspOptions.Default with { SessionKey = SessionKey.Parse(Sealed.Key) });

    [Fact]
    public async Task A_session_handed_over_is_used_without_asking_the_client()
    {
        await using var server = StartServer();
        await server.InitializeAsync();
        await server.Client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "verbose" });
        await server.Client.NotifyAsync("clawdev/githubSession", new JsonObject { ["sealed"] = Sealed.Sealed, ["account"] = "octokit-fixture-user-a" });
        await server.Client.NotificationAsync("window/logMessage", m => ((string?)m["params"]!["message"])!.Contains("GitHub session received for octokit-fixture-user-a"));

        var token = await server.Server.GitHubSessions.GetAsync("to list issues", createIfNone: false, CancellationToken.None);

        Assert.Equal(Sealed.Token, token!.Value);
        Assert.Equal("octokit-fixture-user-a", token.Account);
        Assert.DoesNotContain(server.Client.ServerRequests, request => (string?)request["method"] == "clawdev/requestGitHubSession");
        AssertTokenNeverLeft(server);
    }

    [Fact]
    public async Task Without_a_session_the_client_is_asked_and_its_answer_kept()
    {
        await using var server = StartServer();
        server.Client.ServerRequestAnswers["clawdev/requestGitHubSession"] = _ => new JsonObject { ["sealed"] = Sealed.Sealed, ["account"] = "octokit-fixture-user-a" };
        await server.InitializeAsync();

        var first = await server.Server.GitHubSessions.GetAsync("to create the issue in o/r", createIfNone: true, CancellationToken.None);
        var second = await server.Server.GitHubSessions.GetAsync("to create the issue in o/r", createIfNone: true, CancellationToken.None);

        Assert.Equal(Sealed.Token, first!.Value);
        Assert.Same(first, second);
        var request = Assert.Single(server.Client.ServerRequests, r => (string?)r["method"] == "clawdev/requestGitHubSession");
        Assert.Equal("to create the issue in o/r", (string?)request["params"]!["reason"]);
        Assert.True((bool)request["params"]!["createIfNone"]!);
        AssertTokenNeverLeft(server);
    }

    [Fact]
    public async Task No_session_at_the_client_means_no_token()
    {
        await using var server = StartServer();
        server.Client.ServerRequestAnswers["clawdev/requestGitHubSession"] = _ => new JsonObject();
        await server.InitializeAsync();

        Assert.Null(await server.Server.GitHubSessions.GetAsync("to list issues", createIfNone: false, CancellationToken.None));
    }

    [Fact]
    public async Task A_refused_token_is_asked_for_again()
    {
        await using var server = StartServer();
        server.Client.ServerRequestAnswers["clawdev/requestGitHubSession"] = _ => new JsonObject { ["sealed"] = Sealed.Sealed };
        await server.InitializeAsync();
        var sessions = server.Server.GitHubSessions;

        sessions.Refused((await sessions.GetAsync("r", createIfNone: false, CancellationToken.None))!);
        await sessions.GetAsync("r", createIfNone: false, CancellationToken.None);

        Assert.Equal(2, server.Client.ServerRequests.Count(r => (string?)r["method"] == "clawdev/requestGitHubSession"));
    }

    [Fact]
    public async Task A_session_sealed_with_another_key_leaves_the_server_signed_out_and_says_why()
    {
        await using var server = StartServer();
        server.Client.ServerRequestAnswers["clawdev/requestGitHubSession"] = _ => new JsonObject();
        await server.InitializeAsync();
        var foreign = SealedSessionFixture.Seal(Sealed.Token);
        await server.Client.NotifyAsync("clawdev/githubSession", new JsonObject { ["sealed"] = foreign.Sealed });

        var warning = await server.Client.NotificationAsync("window/logMessage", m => (int)m["params"]!["type"]! == 2);

        Assert.Contains("does not open with this server's key", (string?)warning["params"]!["message"]);
        Assert.Null(await server.Server.GitHubSessions.GetAsync("r", createIfNone: false, CancellationToken.None));
        AssertTokenNeverLeft(server);
    }

    [Fact]
    public async Task Signing_out_removes_the_token()
    {
        await using var server = StartServer();
        server.Client.ServerRequestAnswers["clawdev/requestGitHubSession"] = _ => new JsonObject();
        await server.InitializeAsync();
        await server.Client.NotifyAsync("clawdev/githubSession", new JsonObject { ["sealed"] = Sealed.Sealed });
        await server.Client.NotificationAsync("window/logMessage", m => ((string?)m["params"]!["message"])!.Contains("GitHub session received"));

        await server.Client.NotifyAsync("clawdev/githubSession", new JsonObject());
        await server.Client.NotificationAsync("window/logMessage", m => ((string?)m["params"]!["message"])!.StartsWith("signed out of GitHub", StringComparison.Ordinal));

        Assert.Null(await server.Server.GitHubSessions.GetAsync("r", createIfNone: false, CancellationToken.None));
    }

    /// <summary>Nothing the server wrote to the client or to its log contains the token.</summary>
    private static void AssertTokenNeverLeft(InProcessServer server)
    {
        Assert.DoesNotContain(Sealed.Token, server.Stderr);
        Assert.DoesNotContain(server.Client.Unclaimed(), message => message.Contains(Sealed.Token, StringComparison.Ordinal));
    }
}
