using ClawDev.GitHub.Auth;
using ClawDev.GitHub.Cache;

namespace ClawDev.GitHub.Api;

/// <summary>How to reach GitHub: the API base (see <c>Upstream.ApiEndpoints</c>), the token, limits and the cache.</summary>
public sealed record GitHubApiOptions(Uri ApiBase)
{
    /// <summary>Null: anonymous requests (60 per hour on github.com).</summary>
    public GitHubToken? Token { get; init; }

    /// <summary>The longest one request may take; nothing waits on GitHub longer.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Null: no conditional requests and no offline answers.</summary>
    public GitHubCache? Cache { get; init; }

    /// <summary>The most pages any list follows (100 items each).</summary>
    public int MaxPages { get; init; } = 10;

    public ForkWaitPolicy ForkWait { get; init; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(90));

    public string ProductVersion { get; init; } = typeof(GitHubApiOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

/// <summary>How long to wait for a new fork: delays doubling from <paramref name="FirstDelay"/> up to
/// <paramref name="MaxDelay"/>, giving up after <paramref name="Limit"/>.</summary>
public sealed record ForkWaitPolicy(TimeSpan FirstDelay, TimeSpan MaxDelay, TimeSpan Limit);
