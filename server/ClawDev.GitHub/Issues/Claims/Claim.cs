namespace ClawDev.GitHub.Issues.Claims;

/// <summary>How someone has taken an issue on.</summary>
public enum ClaimKind
{
    Assignee,
    OpenPullRequest,
    MergedPullRequest,
    Comment,
}

/// <summary>One sign that an issue is taken: who, since when, and the reason in words for the user.</summary>
/// <param name="Date">When the claim was made; for an assignee without a known assignment date, the issue's last update.</param>
/// <param name="Reason">"assigned to @alice on 2024-05-02", "open PR #123 by @bob since 2024-05-03", "@carol commented
/// "I'd like to work on this" on 2024-05-04".</param>
public sealed record Claim(ClaimKind Kind, string Who, DateTimeOffset Date, string Reason);
