using System.Diagnostics;

namespace ClawDev.GitHub.Auth;

/// <summary>
/// A GitHub token and where it came from, for the CLI (GITHUB_TOKEN, gh) and the language server (the editor's
/// session) alike. The value is reachable only inside this assembly (for the credential store); ToString and the
/// debugger show the source, never the value, and no property a serializer would write holds it, so it cannot leak
/// into logs or messages.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class GitHubToken
{
    public GitHubToken(string value, string source, string? account = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value.Trim();
        Source = source;
        Account = account;
    }

    /// <summary>Where the token came from, e.g. <c>GITHUB_TOKEN</c>, <c>gh auth token</c>, <c>VS Code session</c>.</summary>
    public string Source { get; }

    /// <summary>The account's name as the editor reported it ("octocat"), for messages; null when unknown.</summary>
    public string? Account { get; }

    internal string Value { get; }

    public override string ToString() => Account is null ? $"GitHub token from {Source}" : $"GitHub token of {Account} from {Source}";
}
