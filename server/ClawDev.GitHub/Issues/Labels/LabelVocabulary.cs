namespace ClawDev.GitHub.Issues.Labels;

/// <summary>
/// A repository's own names for beginner, documentation and help-wanted issues: the exact label names to ask
/// GitHub for (the issues API filters by exact name, and its <c>labels=</c> parameter means "all of these", so
/// each name is queried on its own).
/// </summary>
public sealed record LabelVocabulary(
    IReadOnlyList<string> Beginner,
    IReadOnlyList<string> Documentation,
    IReadOnlyList<string> HelpWanted)
{
    /// <summary>Discovers the vocabulary from the repository's labels; names keep the repository's order and spelling.</summary>
    public static LabelVocabulary Discover(IEnumerable<RepositoryLabel> labels)
    {
        var byCategory = Enum.GetValues<LabelCategory>().ToDictionary(c => c, _ => new List<string>());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (!seen.Add(label.Name))
            {
                continue;
            }
            foreach (var category in LabelClassifier.Classify(label))
            {
                byCategory[category].Add(label.Name);
            }
        }
        return new LabelVocabulary(byCategory[LabelCategory.Beginner], byCategory[LabelCategory.Documentation], byCategory[LabelCategory.HelpWanted]);
    }

    /// <summary>Every label name to query, each once: beginner, then documentation, then help-wanted names.</summary>
    public IReadOnlyList<string> QueryLabels => Beginner.Concat(Documentation).Concat(HelpWanted).Distinct(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> Of(LabelCategory category) => category switch
    {
        LabelCategory.Beginner => Beginner,
        LabelCategory.Documentation => Documentation,
        _ => HelpWanted,
    };

    /// <summary>The categories an issue's labels put it in, in <see cref="LabelCategory"/> order.</summary>
    public IReadOnlyList<LabelCategory> CategoriesOf(IEnumerable<string> issueLabels)
    {
        var names = issueLabels.ToHashSet(StringComparer.Ordinal);
        return Enum.GetValues<LabelCategory>().Where(category => Of(category).Any(names.Contains)).ToList();
    }
}
