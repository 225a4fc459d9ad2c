using ClawDev.GitHub.Api;
using ClawDev.GitHub.Auth;
using ClawDev.GitHub.Cache;
using ClawDev.GitHub.Tests.Loopback;
using ClawDev.GitHub.Upstream;
using ClawDev.TestSupport;

namespace ClawDev.GitHub.Tests.Api;

/// <summary>A loopback GitHub, a cache file in a temporary folder, and a <see cref="GitHubApi"/> pointed at both.</summary>
internal sealed class ApiHarness : IAsyncDisposable
{
    public const string Token = "ghp_LoopbackSecretToken0123456789abcdef";

    public static readonly RepositoryId Upstream = new("github.com", "octokit-fixture-org", "hello-world");
    public static readonly RepositoryId Fork = new("github.com", "octokit-fixture-user-a", "hello-world");

    private readonly TemporaryDirectory _folder = new();

    public ApiHarness(bool fixtures = true, bool withToken = true, TimeSpan? timeout = null)
    {
        Server = fixtures ? LoopbackGitHubServer.StartWithFixtures() : LoopbackGitHubServer.Start();
        CachePath = _folder.Combine("cache/github.sqlite");
        Cache = GitHubCache.Open(CachePath);
        Options = new GitHubApiOptions(Server.BaseUri)
        {
            Token = withToken ? new GitHubToken(Token, "test") : null,
            Cache = Cache,
            Timeout = timeout ?? TimeSpan.FromSeconds(10),
            ForkWait = new ForkWaitPolicy(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(80), TimeSpan.FromSeconds(5)),
        };
        Api = new GitHubApi(Options);
    }

    public LoopbackGitHubServer Server { get; }

    public string CachePath { get; }

    public GitHubCache Cache { get; }

    public GitHubApiOptions Options { get; }

    public GitHubApi Api { get; }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
