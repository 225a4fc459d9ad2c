using ClawDev.GitHub.Api;
using ClawDev.GitHub.Auth;
using ClawDev.GitHub.Cache;
using ClawDev.GitHub.Git;

namespace ClawDev.GitHub.Upstream;

/// <summary>What the user set about GitHub: the upstream (<c>owner/repo</c> or a URL) and the API URL (GitHub Enterprise, tests).</summary>
public sealed record UpstreamSettings(string? Upstream = null, string? ApiUrl = null);

/// <summary>A workspace folder's upstream with an API client for its host, and what the user should be told about them.</summary>
public sealed class ConnectedUpstream(UpstreamLocation location, GitHubApi api, IReadOnlyList<string> notes, GitHubProblem? problem) : IDisposable
{
    public UpstreamLocation Location { get; } = location;

    public GitHubApi Api { get; } = api;

    /// <summary>E.g. the unauthenticated lower limit, a cache file that was rebuilt.</summary>
    public IReadOnlyList<string> Notes { get; } = notes;

    /// <summary>Why GitHub could not confirm the upstream (offline, rate limit…): the local answer stands.</summary>
    public GitHubProblem? Problem { get; } = problem;

    public void Dispose() => Api.Dispose();
}

/// <summary>The folder has no upstream ClawDev can see: no GitHub remote and no setting.</summary>
public sealed class UpstreamNotFoundException(string message) : Exception(message);

/// <summary>
/// Finds a folder's upstream (setting, then git remotes, then the fork's parent through the API) and connects to
/// its API host with the token and the cache. One place for the CLI verbs and the language server.
/// </summary>
public static class UpstreamConnector
{
    /// <exception cref="UpstreamNotFoundException">No setting and no remote names a GitHub repository.</exception>
    /// <exception cref="FormatException">The upstream setting is malformed.</exception>
    public static Task<ConnectedUpstream> ConnectAsync(
        string folder,
        UpstreamSettings settings,
        GitHubToken? token,
        GitHubCache? cache,
        GitCli git,
        CancellationToken cancellationToken) =>
        ConnectAsync(folder, settings, _ => token, cache, git, cancellationToken);

    /// <param name="tokenFor">The token for the upstream's web host, once the remotes or the setting have named it.</param>
    /// <inheritdoc cref="ConnectAsync(string, UpstreamSettings, GitHubToken?, GitHubCache?, GitCli, CancellationToken)"/>
    public static async Task<ConnectedUpstream> ConnectAsync(
        string folder,
        UpstreamSettings settings,
        Func<string, GitHubToken?> tokenFor,
        GitHubCache? cache,
        GitCli git,
        CancellationToken cancellationToken)
    {
        var local = new LocalUpstreamDetector(git).Detect(folder, settings.Upstream, cancellationToken)
            ?? throw new UpstreamNotFoundException(
                $"No git remote of {folder} points at a GitHub repository. Add one (git remote add upstream https://github.com/OWNER/REPO) or set the upstream (clawdev.github.upstream, or --upstream OWNER/REPO).");
        var api = new GitHubApi(new GitHubApiOptions(ApiEndpoints.ForHost(local.Upstream.Host, settings.ApiUrl)) { Token = tokenFor(local.Upstream.Host), Cache = cache });
        var (location, problem) = await UpstreamResolver.ResolveAsync(local, api, cancellationToken);
        var notes = new List<string>();
        if (api.AuthenticationNote is { } authentication)
        {
            notes.Add(authentication);
        }
        if (cache?.OpenNote is { } cacheNote)
        {
            notes.Add(cacheNote);
        }
        return new ConnectedUpstream(location, api, notes, problem);
    }
}
