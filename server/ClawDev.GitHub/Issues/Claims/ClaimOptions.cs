namespace ClawDev.GitHub.Issues.Claims;

/// <summary>What counts as a live claim.</summary>
/// <param name="Now">The current time (given, so results are reproducible).</param>
/// <param name="CommentWindow">How old a claiming comment may be and still count; assignees and open pull requests
/// count whatever their age.</param>
public sealed record ClaimOptions(DateTimeOffset Now, TimeSpan CommentWindow)
{
    public static readonly TimeSpan DefaultCommentWindow = TimeSpan.FromDays(30);

    public ClaimOptions(DateTimeOffset now)
        : this(now, DefaultCommentWindow)
    {
    }
}
