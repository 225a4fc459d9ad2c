using System.Text.Json.Serialization;
using Range = ClawDev.Server.Lsp.Protocol.Range;

namespace ClawDev.Server.Lsp.Upstream;

// What every answer that talks to GitHub carries besides its own items (see the README's "Custom LSP methods").

/// <summary>The upstream repository an answer is about, and how it was found, so the user can check it.</summary>
/// <param name="FullName">"owner/repo".</param>
/// <param name="WebUrl">Its page ("https://github.com/owner/repo", or on a GitHub Enterprise host).</param>
/// <param name="Source">How it was found: "remote 'upstream'", "setting clawdev.github.upstream", "parent of fork you/repo".</param>
public sealed record UpstreamRepository(
    [property: JsonPropertyName("fullName")] string FullName,
    [property: JsonPropertyName("webUrl")] string WebUrl,
    [property: JsonPropertyName("source")] string Source);

/// <summary>Why an answer is incomplete or empty (rate limit, signed out, offline, unknown repository), for the user.</summary>
/// <param name="Message">A sentence the client shows as it is.</param>
public sealed record GitHubProblem(
    [property: JsonPropertyName("message")] string Message)
{
    /// <summary>What the client can offer to fix it, one of <see cref="GitHubProblemAction"/>; null when nothing.</summary>
    [JsonPropertyName("action")] public string? Action { get; init; }

    /// <summary>When asking again can succeed (a rate limit's reset or Retry-After).</summary>
    [JsonPropertyName("retryAfter")] public DateTimeOffset? RetryAfter { get; init; }

    /// <summary>What went wrong, one of <see cref="GitHubProblemKinds"/>, so the client can lead with what the user can do.</summary>
    [JsonPropertyName("kind")] public string? Kind { get; init; }
}

/// <summary>The values of <see cref="GitHubProblem.Kind"/>.</summary>
public static class GitHubProblemKinds
{
    /// <summary>GitHub cannot be reached (no network, DNS, refused connection), and nothing cached answers.</summary>
    public const string Offline = "offline";

    /// <summary>GitHub did not answer within the feature's time limit.</summary>
    public const string Timeout = "timeout";

    /// <summary>A rate limit (primary or secondary) is used up; <see cref="GitHubProblem.RetryAfter"/> says until when.</summary>
    public const string RateLimited = "rateLimited";

    /// <summary>The token is missing, expired or refused.</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>The token may not do this.</summary>
    public const string NoPermission = "noPermission";

    /// <summary>The repository is unknown or private.</summary>
    public const string NotFound = "notFound";

    /// <summary>No upstream repository could be found, or the setting naming it is malformed.</summary>
    public const string NoUpstream = "noUpstream";

    /// <summary>GitHub refused the request, answered with a server error, or is still working on it.</summary>
    public const string GitHubError = "gitHubError";
}

/// <summary>The values of <see cref="GitHubProblem.Action"/>: a button the client shows with the problem.</summary>
public static class GitHubProblemAction
{
    /// <summary>Sign in to GitHub (again): no token and the repository needs one, or the token was refused (401).</summary>
    public const string SignIn = "signIn";

    /// <summary>Open the <c>clawdev.github.upstream</c> setting: no upstream could be found, or it is unknown (404).</summary>
    public const string SetUpstream = "setUpstream";
}

/// <summary>A place in a file: an LSP Location.</summary>
public sealed record Location(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("range")] Range Range);
