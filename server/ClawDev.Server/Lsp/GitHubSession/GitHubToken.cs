namespace ClawDev.Server.Lsp.GitHubSession;

/// <summary>
/// A GitHub token in memory. Nothing prints it by accident: <see cref="ToString"/> hides it, it has no property
/// a serializer would write, and reading it takes a call named <see cref="Reveal"/>.
/// </summary>
public sealed class GitHubToken(string value, string? account)
{
    /// <summary>The account's name as the client reported it ("octocat"), for messages; null when unknown.</summary>
    public string? Account { get; } = account;

    /// <summary>The token, for the one place that sends it to GitHub (the Authorization header).</summary>
    public string Reveal() => value;

    public override string ToString() => Account is null ? "GitHub token (hidden)" : $"GitHub token of {Account} (hidden)";
}
