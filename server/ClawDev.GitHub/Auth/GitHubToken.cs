using System.Diagnostics;

namespace ClawDev.GitHub.Auth;

/// <summary>
/// A GitHub token and where it came from. The value is reachable only inside this assembly (for the credential
/// store); ToString and the debugger show the source, never the value, so it cannot leak into logs or messages.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class GitHubToken
{
    public GitHubToken(string value, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value.Trim();
        Source = source;
    }

    /// <summary>Where the token came from, e.g. <c>GITHUB_TOKEN</c>, <c>gh auth token</c>, <c>VS Code session</c>.</summary>
    public string Source { get; }

    internal string Value { get; }

    public override string ToString() => $"GitHub token from {Source}";
}
