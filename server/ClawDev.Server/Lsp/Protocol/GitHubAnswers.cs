using System.Text.Json.Serialization;

namespace ClawDev.Server.Lsp.Protocol;

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
