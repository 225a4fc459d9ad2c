using ClawDev.GitHub.Issues.Mentions;

namespace ClawDev.GitHub.Issues.Matching;

/// <summary>
/// Turns search results into what they mean for a symbol. A result counts only when its text really mentions
/// the symbol or its file (search matches loose words); pull requests closed without merging and issues closed
/// as not planned say nothing about the symbol's state and are left out.
/// </summary>
public static class UpstreamMatchClassifier
{
    /// <summary>The matches, each item once: highest confidence first, then open PRs, tracking issues, fixes;
    /// then most recently updated, then by number.</summary>
    public static IReadOnlyList<UpstreamMatch> Classify(SymbolTarget target, IEnumerable<UpstreamIssue> results)
    {
        var context = target.Context;
        var matches = new List<UpstreamMatch>();
        var seen = new HashSet<int>();
        foreach (var item in results)
        {
            if (!seen.Add(item.Number) || KindOf(item) is not { } kind)
            {
                continue;
            }
            var evidence = MentionFinder.Find(item, context).Where(e => e.Kind != EvidenceKind.Module).ToList();
            if (evidence.Count > 0)
            {
                matches.Add(new UpstreamMatch(kind, item, evidence.Max(ConfidenceOf), evidence.Select(e => e.Reason).ToList()));
            }
        }
        return matches
            .OrderByDescending(m => m.Confidence)
            .ThenBy(m => m.Kind)
            .ThenByDescending(m => m.Item.UpdatedAt)
            .ThenBy(m => m.Item.Number)
            .ToList();
    }

    private static UpstreamMatchKind? KindOf(UpstreamIssue item) => item switch
    {
        { IsPullRequest: true, IsOpen: true } => UpstreamMatchKind.OpenPullRequest,
        { IsPullRequest: true, Merged: true } => UpstreamMatchKind.FixedUpstream,
        { IsPullRequest: false, IsOpen: true } => UpstreamMatchKind.TrackedBy,
        { IsPullRequest: false, StateReason: null or "completed" } => UpstreamMatchKind.FixedUpstream,
        _ => null,
    };

    /// <summary>A link to the file or the qualified name in a title is certain; a path or the name in a body is
    /// likely; the file name or a bare name in a body only hints.</summary>
    private static MatchConfidence ConfidenceOf(Evidence evidence) => evidence.Kind switch
    {
        EvidenceKind.Permalink => MatchConfidence.High,
        EvidenceKind.QualifiedSymbol => evidence.InTitle ? MatchConfidence.High : MatchConfidence.Medium,
        EvidenceKind.FilePath => MatchConfidence.Medium,
        EvidenceKind.BareSymbol when evidence.InTitle => MatchConfidence.Medium,
        _ => MatchConfidence.Low,
    };
}
