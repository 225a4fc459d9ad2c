namespace ClawDev.GitHub.Issues.Labels;

/// <summary>What a label tells a newcomer, whatever the repository calls it.</summary>
public enum LabelCategory
{
    /// <summary>"good first issue", "easy", "beginner", "starter"…</summary>
    Beginner,

    /// <summary>"documentation", "docs", "module: docs"…</summary>
    Documentation,

    /// <summary>"help wanted", "contributions welcome", "PR welcome"…</summary>
    HelpWanted,
}
