namespace ClawDev.GitHub.Issues.Matching;

public enum SearchKind
{
    Issues,
    PullRequests,
}

/// <summary>One query for GitHub's issue search (<c>GET /search/issues?q=…</c>), open and closed alike.</summary>
/// <param name="Text">The whole <c>q</c> value, qualifiers included: <c>repo:o/r is:issue "Trainer.train"</c>.</param>
/// <param name="Purpose">What it looks for, for logs and the user: "qualified name", "file path".</param>
public sealed record SearchQuery(string Text, SearchKind Kind, string Purpose);
