using System.Globalization;

namespace ClawDev.GitHub.Issues.Claims;

/// <summary>
/// Finds who has taken an issue: its assignees, open or merged pull requests that reference it, and recent
/// comments that claim it (within <see cref="ClaimOptions.CommentWindow"/>). A later comment of the same person
/// giving it back ("/unassign") or an "unassigned" event for them releases an assignee's or a comment's claim.
/// Claimed issues stay in every list, marked; nothing here drops an issue.
/// </summary>
public static class ClaimDetector
{
    /// <summary>Every live claim, most recent first (then assignees, pull requests, comments).</summary>
    public static IReadOnlyList<Claim> Detect(UpstreamIssue issue, ClaimOptions options)
    {
        var claims = new List<Claim>();
        var released = Releases(issue);
        foreach (var assignee in issue.Assignees)
        {
            if (released.TryGetValue(assignee, out var givenBack) && givenBack > (issue.AssignedAt ?? DateTimeOffset.MinValue))
            {
                continue;
            }
            claims.Add(issue.AssignedAt is { } assignedAt
                ? new Claim(ClaimKind.Assignee, assignee, assignedAt, $"assigned to @{assignee} on {Day(assignedAt)}")
                : new Claim(ClaimKind.Assignee, assignee, issue.UpdatedAt, $"assigned to @{assignee} (issue last updated {Day(issue.UpdatedAt)})"));
        }
        foreach (var pullRequest in issue.LinkedPullRequests)
        {
            if (pullRequest.Merged)
            {
                claims.Add(new Claim(ClaimKind.MergedPullRequest, pullRequest.Author, pullRequest.CreatedAt,
                    $"merged PR #{pullRequest.Number} by @{pullRequest.Author} (opened {Day(pullRequest.CreatedAt)})"));
            }
            else if (pullRequest.IsOpen)
            {
                claims.Add(new Claim(ClaimKind.OpenPullRequest, pullRequest.Author, pullRequest.CreatedAt,
                    $"open PR #{pullRequest.Number} by @{pullRequest.Author} since {Day(pullRequest.CreatedAt)}"));
            }
        }
        claims.AddRange(CommentClaims(issue, options).Where(claim => !released.TryGetValue(claim.Who, out var givenBack) || givenBack <= claim.Date));
        return claims.OrderByDescending(claim => claim.Date).ThenBy(claim => claim.Kind).ThenBy(claim => claim.Who, StringComparer.Ordinal).ToList();
    }

    /// <summary>The latest time each person gave the issue back: a releasing comment, or an "unassigned" event.</summary>
    private static Dictionary<string, DateTimeOffset> Releases(UpstreamIssue issue)
    {
        var released = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        var givenBack = issue.RecentComments.Where(c => ClaimingComment.ReleasesIn(c.Body)).Select(c => (Who: c.Author, At: c.CreatedAt))
            .Concat(issue.Unassignments.Select(e => (e.Who, e.At)));
        foreach (var (who, at) in givenBack)
        {
            if (!released.TryGetValue(who, out var earlier) || earlier < at)
            {
                released[who] = at;
            }
        }
        return released;
    }

    /// <summary>The latest claiming comment of each author within the window; bots' comments are not claims.</summary>
    private static IEnumerable<Claim> CommentClaims(UpstreamIssue issue, ClaimOptions options)
    {
        var latestByAuthor = new Dictionary<string, Claim>(StringComparer.OrdinalIgnoreCase);
        foreach (var comment in issue.RecentComments)
        {
            var age = options.Now - comment.CreatedAt;
            if (age > options.CommentWindow || comment.Author.EndsWith("[bot]", StringComparison.Ordinal)
                || ClaimingComment.ClaimIn(comment.Body) is not { } sentence)
            {
                continue;
            }
            var claim = new Claim(ClaimKind.Comment, comment.Author, comment.CreatedAt, $"@{comment.Author} commented \"{Shortened(sentence)}\" on {Day(comment.CreatedAt)}");
            if (!latestByAuthor.TryGetValue(comment.Author, out var earlier) || earlier.Date <= claim.Date)
            {
                latestByAuthor[comment.Author] = claim;
            }
        }
        return latestByAuthor.Values;
    }

    private static string Shortened(string sentence) => sentence.Length <= 80 ? sentence : sentence[..79].TrimEnd() + "…";

    private static string Day(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
