namespace ClawDev.GitHub.Issues.Labels;

/// <summary>Decides which <see cref="LabelCategory"/> a label belongs to from its name, else its description.</summary>
public static class LabelClassifier
{
    /// <summary>
    /// The categories of one label, in <see cref="LabelCategory"/> order; empty for labels that say nothing to a
    /// newcomer. "Good First Documentation Issue" is both beginner and documentation. A description is read only
    /// when the name says nothing.
    /// </summary>
    public static IReadOnlyList<LabelCategory> Classify(RepositoryLabel label)
    {
        var fromName = Match(LabelWords.All(label.Name), LabelPhrases.InNames);
        return fromName.Count > 0 || string.IsNullOrWhiteSpace(label.Description)
            ? fromName
            : Match(LabelWords.All(label.Description), LabelPhrases.InDescriptions);
    }

    private static List<LabelCategory> Match(List<string> words, (LabelCategory Category, string[] Words)[] phrases)
    {
        var categories = new List<LabelCategory>();
        foreach (var (category, phrase) in phrases)
        {
            if (!categories.Contains(category) && ContainsPhrase(words, phrase))
            {
                categories.Add(category);
            }
        }
        categories.Sort();
        return categories;
    }

    private static bool ContainsPhrase(List<string> words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Count; start++)
        {
            var matches = true;
            for (var i = 0; i < phrase.Length && matches; i++)
            {
                matches = words[start + i] == phrase[i];
            }
            if (matches)
            {
                return true;
            }
        }
        return false;
    }
}
