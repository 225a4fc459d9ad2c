using ClawDev.GitHub.Issues.Claims;
using ClawDev.GitHub.Issues.Mentions;

namespace ClawDev.GitHub.Issues.Ranking;

/// <summary>
/// "Find first issue here": orders open issues by how close they are to the open file (links to it, its path,
/// module and symbols), then unclaimed before claimed, then most recently updated, then by number, so the same
/// input always gives the same order.
/// </summary>
public static class IssueRanker
{
    /// <summary>Ranks the open issues among <paramref name="issues"/>; pull requests and closed issues are left out.</summary>
    public static IReadOnlyList<RankedIssue> Rank(IEnumerable<UpstreamIssue> issues, CodeContext context, ClaimOptions claimOptions)
    {
        return issues
            .Where(issue => issue.IsOpen && !issue.IsPullRequest)
            .Select(issue => RankOne(issue, context, claimOptions))
            .OrderByDescending(ranked => ranked.Closeness)
            .ThenBy(ranked => ranked.IsClaimed)
            .ThenByDescending(ranked => ranked.Issue.UpdatedAt)
            .ThenBy(ranked => ranked.Issue.Number)
            .ToList();
    }

    private static RankedIssue RankOne(UpstreamIssue issue, CodeContext context, ClaimOptions claimOptions)
    {
        var evidence = MentionFinder.Find(issue, context);
        var claims = ClaimDetector.Detect(issue, claimOptions);
        var reasons = evidence.Select(e => e.Reason)
            .Concat(claims.Select(claim => "claimed: " + claim.Reason))
            .Append(Freshness.Describe(issue.UpdatedAt, claimOptions.Now))
            .ToList();
        return new RankedIssue(issue, evidence.Sum(ClosenessWeights.Of), reasons, claims);
    }
}
