namespace ClawDev.GitHub.Issues.Matching;

/// <summary>What an upstream issue or pull request means for a symbol, in the order they are shown at equal confidence.</summary>
public enum UpstreamMatchKind
{
    /// <summary>An open pull request mentions the symbol or its file: someone is changing it.</summary>
    OpenPullRequest,

    /// <summary>An open issue mentions the symbol: the gap is known.</summary>
    TrackedBy,

    /// <summary>A merged pull request, or an issue closed as completed: upstream has dealt with it.</summary>
    FixedUpstream,
}

public enum MatchConfidence
{
    Low,
    Medium,
    High,
}

/// <param name="Reasons">The mentions that make it a match: "mentions `Trainer.train` in the title".</param>
public sealed record UpstreamMatch(UpstreamMatchKind Kind, UpstreamIssue Item, MatchConfidence Confidence, IReadOnlyList<string> Reasons)
{
    /// <summary>"tracked by #N", "open PR #M touches this", "fixed upstream in #K".</summary>
    public string Summary => Kind switch
    {
        UpstreamMatchKind.OpenPullRequest => $"open PR #{Item.Number} touches this",
        UpstreamMatchKind.TrackedBy => $"tracked by #{Item.Number}",
        _ => $"fixed upstream in #{Item.Number}",
    };
}
