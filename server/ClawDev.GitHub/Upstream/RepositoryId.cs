namespace ClawDev.GitHub.Upstream;

/// <summary>A GitHub repository: the web host (<c>github.com</c> or a GitHub Enterprise host), its owner and name.</summary>
public sealed record RepositoryId(string Host, string Owner, string Name)
{
    public const string PublicHost = "github.com";

    /// <summary><c>owner/name</c>, the form GitHub prints.</summary>
    public string FullName => $"{Owner}/{Name}";

    /// <summary>The repository's page, e.g. <c>https://github.com/huggingface/transformers</c>.</summary>
    public Uri WebUrl => new(WebRootOf(Host), $"{Owner}/{Name}");

    /// <summary>
    /// A web host's root. GitHub and GitHub Enterprise serve their pages over https; a server on this machine (a
    /// loopback GitHub for tests, a local proxy) is reached over plain http.
    /// </summary>
    public static Uri WebRootOf(string host) =>
        new(host.StartsWith("127.", StringComparison.Ordinal) || host.StartsWith("localhost", StringComparison.OrdinalIgnoreCase) || host.StartsWith("[::1]", StringComparison.Ordinal)
            ? $"http://{host}/"
            : $"https://{host}/");

    public override string ToString() => Host == PublicHost ? FullName : $"{Host}/{FullName}";
}
