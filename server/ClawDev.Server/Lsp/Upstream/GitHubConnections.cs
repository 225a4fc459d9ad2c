using ClawDev.GitHub.Api;
using ClawDev.GitHub.Auth;
using ClawDev.GitHub.Cache;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.PullRequests;
using ClawDev.GitHub.Upstream;
using ClawDev.Server.Lsp.GitHubSession;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Upstream;

/// <summary>A connected upstream and the session token it was connected with (null: anonymous).</summary>
internal sealed record UpstreamConnection(ConnectedUpstream Upstream, GitHubToken? Token) : IDisposable
{
    public void Dispose() => Upstream.Dispose();
}

/// <summary>
/// The one way the GitHub features reach GitHub: the user's session (asked for silently for reading, with a
/// sign-in prompt only where <c>createIfNone</c>), the settings' upstream and API URL, and one cache for the
/// server process (<see cref="CacheLocation.DefaultPath"/>; <c>CLAWDEV_CACHE_DIR</c> overrides it).
/// </summary>
internal sealed class GitHubConnections(GitHubSessionRequester sessions, GitCli git, ServerLog log)
{
    /// <summary>The longest a GitHub feature may take, whatever it asks; each request has its own shorter timeout.</summary>
    public static readonly TimeSpan FeatureTimeout = TimeSpan.FromSeconds(60);

    private readonly Lazy<GitHubCache?> _cache = new(() => OpenCache(log));

    public GitCli Git => git;

    /// <summary>The session token: the one at hand, else the client's (silently unless <paramref name="createIfNone"/>); null for none.</summary>
    public async Task<GitHubToken?> TokenAsync(string reason, bool createIfNone, CancellationToken cancellationToken)
    {
        try
        {
            return await sessions.GetAsync(reason, createIfNone, cancellationToken);
        }
        catch (GitHubSessionException e)
        {
            log.Warning($"{e.Message}; GitHub is asked without a token");
            return null;
        }
    }

    /// <exception cref="UpstreamNotFoundException">No remote or setting names the upstream.</exception>
    /// <exception cref="FormatException">The upstream setting is malformed.</exception>
    public Task<UpstreamConnection> ConnectAsync(string folder, ClawDevSettings settings, GitHubToken? token, CancellationToken cancellationToken) =>
        ConnectAsync(folder, UpstreamSettingsOf(settings), token, cancellationToken);

    /// <inheritdoc cref="ConnectAsync(string, ClawDevSettings, GitHubToken?, CancellationToken)"/>
    public async Task<UpstreamConnection> ConnectAsync(string folder, UpstreamSettings settings, GitHubToken? token, CancellationToken cancellationToken)
    {
        var upstream = await UpstreamConnector.ConnectAsync(folder, settings, token, _cache.Value, git, cancellationToken);
        return new UpstreamConnection(upstream, token);
    }

    /// <summary>The upstream and API URL of the settings, as the connector takes them.</summary>
    public static UpstreamSettings UpstreamSettingsOf(ClawDevSettings settings) => new(settings.GitHubUpstream, settings.GitHubApiUrl);

    /// <summary>After a failed call: a token GitHub refused (401) is dropped, so the next feature asks the client again.</summary>
    public void Failed(ClawDev.GitHub.Api.GitHubProblem problem, GitHubToken? token) => Failed(problem.Kind == GitHubProblemKind.Unauthorized, token);

    /// <inheritdoc cref="Failed(ClawDev.GitHub.Api.GitHubProblem, GitHubToken?)"/>
    public void Failed(HostError? error, GitHubToken? token) => Failed(error?.Kind == GitHubProblemKind.Unauthorized, token);

    private void Failed(bool unauthorized, GitHubToken? token)
    {
        if (unauthorized && token is not null)
        {
            sessions.Refused(token);
        }
    }

    /// <summary>The request's token, ending also after <see cref="FeatureTimeout"/>.</summary>
    private static CancellationTokenSource Limit(CancellationToken cancellationToken)
    {
        var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(FeatureTimeout);
        return limit;
    }

    /// <summary>
    /// Runs a feature within <see cref="FeatureTimeout"/>; a missing or malformed upstream and the timeout become
    /// the answer <paramref name="failed"/> makes of their problem (a GitHub failure is the feature's own to report).
    /// </summary>
    public static async Task<T> GuardAsync<T>(Func<CancellationToken, Task<T>> feature, Func<GitHubProblem, T> failed, CancellationToken cancellationToken)
    {
        using var limit = Limit(cancellationToken);
        try
        {
            return await feature(limit.Token);
        }
        catch (Exception e) when (e is UpstreamNotFoundException or FormatException)
        {
            return failed(ProtocolAnswers.NoUpstream(e.Message));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return failed(ProtocolAnswers.TimedOut());
        }
    }

    private static GitHubCache? OpenCache(ServerLog log)
    {
        var cache = GitHubCache.TryOpen(CacheLocation.DefaultPath(Environment.GetEnvironmentVariable), out var problem);
        if ((problem ?? cache?.OpenNote) is { } note)
        {
            log.Warning(note);
        }
        return cache;
    }
}
