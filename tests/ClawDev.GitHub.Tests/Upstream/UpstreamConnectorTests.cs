using ClawDev.GitHub.Api;
using ClawDev.GitHub.Cache;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.Tests.Api;
using ClawDev.GitHub.Tests.Git;
using ClawDev.GitHub.Tests.Loopback;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Tests.Upstream;

/// <summary>From a folder to a connected upstream: real git remotes, the loopback GitHub through the API URL setting.</summary>
public sealed class UpstreamConnectorTests
{
    [Fact]
    public async Task A_fork_clone_connects_to_the_forks_parent_and_says_it_is_unauthenticated()
    {
        await using var server = LoopbackGitHubServer.StartWithFixtures();
        using var repository = new GitRepository();
        repository.Git("remote", "add", "origin", $"https://github.com/{ApiHarness.Fork.FullName}.git");

        using var connected = await UpstreamConnector.ConnectAsync(
            repository.Path, new UpstreamSettings(ApiUrl: server.BaseUri.ToString()), token: null, cache: null, new GitCli(), CancellationToken.None);

        Assert.Equal(ApiHarness.Upstream, connected.Location.Upstream);
        Assert.Equal(UpstreamOriginKind.ApiParent, connected.Location.Origin);
        Assert.Equal(ApiHarness.Fork, connected.Location.Fork);
        Assert.Equal("origin", connected.Location.ForkRemote);
        Assert.Null(connected.Problem);
        Assert.Equal([GitHubApi.UnauthenticatedNote], connected.Notes);
        Assert.Null(server.Requests.Single().Header("Authorization"));
    }

    [Fact]
    public async Task Offline_the_remote_stands_as_the_upstream_and_the_problem_is_kept()
    {
        var server = LoopbackGitHubServer.Start();
        var apiUrl = server.BaseUri.ToString();
        await server.DisposeAsync();
        using var repository = new GitRepository();
        repository.Git("remote", "add", "upstream", "git@github.com:huggingface/peft.git");

        using var connected = await UpstreamConnector.ConnectAsync(
            repository.Path, new UpstreamSettings(ApiUrl: apiUrl), token: null, cache: null, new GitCli(), CancellationToken.None);

        Assert.Equal(new RepositoryId("github.com", "huggingface", "peft"), connected.Location.Upstream);
        Assert.Equal("remote 'upstream'", connected.Location.Detail);
        Assert.Equal(GitHubProblemKind.Offline, connected.Problem?.Kind);
    }

    [Fact]
    public async Task A_folder_without_a_GitHub_remote_says_how_to_name_the_upstream()
    {
        using var repository = new GitRepository();

        var error = await Assert.ThrowsAsync<UpstreamNotFoundException>(() => UpstreamConnector.ConnectAsync(
            repository.Path, new UpstreamSettings(), token: null, cache: null, new GitCli(), CancellationToken.None));

        Assert.Contains("git remote add upstream", error.Message);
        Assert.Contains("clawdev.github.upstream", error.Message);
    }

    [Theory]
    [InlineData("CLAWDEV_CACHE_DIR", "/ci/cache", "/ci/cache/github-cache.sqlite")]
    [InlineData("XDG_CACHE_HOME", "/home/me/.xdg-cache", "/home/me/.xdg-cache/clawdev/github-cache.sqlite")]
    public void The_cache_file_follows_the_environment(string variable, string value, string expected)
    {
        Assert.Equal(expected, CacheLocation.DefaultPath(name => name == variable ? value : null));
    }

    [Fact]
    public void Without_settings_the_cache_is_in_the_users_cache_folder()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Equal(Path.Combine(home, ".cache", "clawdev", "github-cache.sqlite"), CacheLocation.DefaultPath(_ => null));
    }
}
