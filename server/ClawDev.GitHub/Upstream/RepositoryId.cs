namespace ClawDev.GitHub.Upstream;

/// <summary>A GitHub repository: the web host (<c>github.com</c> or a GitHub Enterprise host), its owner and name.</summary>
public sealed record RepositoryId(string Host, string Owner, string Name)
{
    public const string PublicHost = "github.com";

    /// <summary><c>owner/name</c>, the form GitHub prints.</summary>
    public string FullName => $"{Owner}/{Name}";

    /// <summary>The repository's page, e.g. <c>https://github.com/huggingface/transformers</c>.</summary>
    public Uri WebUrl => new($"https://{Host}/{Owner}/{Name}");

    public override string ToString() => Host == PublicHost ? FullName : $"{Host}/{FullName}";
}
