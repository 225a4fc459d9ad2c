using ClawDev.GitHub.Issues.Ranking;

namespace ClawDev.GitHub.Issues.Mentions;

/// <summary>Everything an issue mentions of the user's code: the best path mention, the module, each symbol.</summary>
internal static class MentionFinder
{
    /// <summary>Strongest first; then title before body, and near-cursor symbols first.</summary>
    public static IReadOnlyList<Evidence> Find(UpstreamIssue issue, CodeContext context)
    {
        var evidence = new List<Evidence>();
        // Without a file (CodeContext.NoFile) there is no path to mention; an empty one would match any "dir/".
        var inTitle = context.FilePath.Length > 0 && PathMentions.Find(issue.Title, context.FilePath) is { } title ? title with { InTitle = true } : null;
        var inBody = context.FilePath.Length > 0 ? PathMentions.Find(issue.Body, context.FilePath) : null;
        if ((inTitle is not null && (inBody is null || inTitle.Kind <= inBody.Kind) ? inTitle : inBody) is { } path)
        {
            evidence.Add(path);
        }
        evidence.AddRange(SymbolMentions.Find(issue.Title, issue.Body, context));
        return evidence.OrderByDescending(ClosenessWeights.Of).ThenBy(e => e.Kind).ThenByDescending(e => e.InTitle).ToList();
    }
}
