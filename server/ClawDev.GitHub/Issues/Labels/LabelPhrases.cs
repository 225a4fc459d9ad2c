namespace ClawDev.GitHub.Issues.Labels;

/// <summary>
/// The word sequences that put a label in a category. A label belongs to a category when its words (see
/// <see cref="LabelWords"/>) contain one of the category's phrases as consecutive words, so "type: docs",
/// "📖 docs" and "docs-needed" are all documentation, while "docker" is not.
/// </summary>
internal static class LabelPhrases
{
    public static readonly (LabelCategory Category, string[] Words)[] InNames =
    [
        .. Phrases(LabelCategory.Beginner,
            "good first", "first timers", "first timer", "first time contributor", "first contribution",
            "beginner", "beginners", "beginner friendly", "newcomer", "newcomers", "newbie", "starter", "easy",
            "easy fix", "easy pick", "low hanging fruit", "good for newcomers", "junior job"),
        .. Phrases(LabelCategory.Documentation,
            "doc", "docs", "documentation", "docstring", "docstrings", "documentations", "api reference"),
        .. Phrases(LabelCategory.HelpWanted,
            "help wanted", "help needed", "contributions welcome", "contribution welcome", "contributors welcome",
            "pr welcome", "prs welcome", "pull request welcome", "pull requests welcome", "patch welcome",
            "patches welcome", "up for grabs", "community help wanted", "open for contribution", "looking for contributors"),
    ];

    /// <summary>
    /// GitHub's default descriptions of its default labels, which repositories keep when they rename a label
    /// ("Good for newcomers" on a label called "hacktoberfest-starter" or "E-mentor").
    /// </summary>
    public static readonly (LabelCategory Category, string[] Words)[] InDescriptions =
    [
        .. Phrases(LabelCategory.Beginner, "good for newcomers", "good first issue"),
        .. Phrases(LabelCategory.Documentation, "improvements or additions to documentation"),
        .. Phrases(LabelCategory.HelpWanted, "extra attention is needed"),
    ];

    private static IEnumerable<(LabelCategory, string[])> Phrases(LabelCategory category, params string[] phrases) =>
        phrases.Select(phrase => (category, phrase.Split(' ')));
}
