using ClawDev.GitHub.Issues.Claims;

namespace ClawDev.GitHub.Issues.Ranking;

/// <summary>An issue placed by closeness to the user's code.</summary>
/// <param name="Closeness">The summed weight of its mentions of the open file, module and symbols; 0 for none.</param>
/// <param name="Reasons">Why it ranked where it did, strongest first, ending with its freshness:
/// "links to src/transformers/trainer.py#L10-L20", "mentions `Trainer.train` in the title", "updated 3 days ago".</param>
/// <param name="Claims">Who has taken it (empty when nobody has); claimed issues are listed, marked, after
/// unclaimed ones of equal closeness.</param>
public sealed record RankedIssue(UpstreamIssue Issue, int Closeness, IReadOnlyList<string> Reasons, IReadOnlyList<Claim> Claims)
{
    public bool IsClaimed => Claims.Count > 0;
}
