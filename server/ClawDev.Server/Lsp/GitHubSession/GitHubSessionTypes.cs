using System.Text.Json.Serialization;

namespace ClawDev.Server.Lsp.GitHubSession;

// The GitHub token's way from the client to the server, sealed so that a protocol trace shows only ciphertext
// (see GitHubSession/SealedToken.cs and the README's "GitHub sign-in and where your token goes").
//
// clawdev/githubSession (notification, client → server): the user's session, or that there is none any more.
// clawdev/requestGitHubSession (request, server → client): a feature needs the session; the client asks VS Code.

/// <summary>The session the client has, sealed with the key it gave the server at start.</summary>
public sealed record GitHubSessionParams
{
    /// <summary>base64 of nonce (12 bytes) | AES-256-GCM ciphertext of the token's UTF-8 | tag (16 bytes); null: signed out.</summary>
    [JsonPropertyName("sealed")] public string? Sealed { get; init; }

    /// <summary>The account's name, for messages ("octocat").</summary>
    [JsonPropertyName("account")] public string? Account { get; init; }
}

/// <param name="Reason">Why the server asks, for the sign-in prompt ("to create the issue in owner/repo").</param>
/// <param name="CreateIfNone">Whether the client may ask the user to sign in; false: only an existing session, silently.</param>
public sealed record RequestGitHubSessionParams(
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("createIfNone")] bool CreateIfNone);

/// <summary>Like <see cref="GitHubSessionParams"/>; no sealed token when there is no session (or the user declined).</summary>
public sealed record RequestGitHubSessionResult
{
    [JsonPropertyName("sealed")] public string? Sealed { get; init; }

    [JsonPropertyName("account")] public string? Account { get; init; }
}
