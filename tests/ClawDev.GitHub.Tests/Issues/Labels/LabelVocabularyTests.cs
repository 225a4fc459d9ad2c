using System.Text;
using ClawDev.Core.Tests.Support;
using ClawDev.GitHub.Issues;
using ClawDev.GitHub.Issues.Labels;
using ClawDev.GitHub.Tests.TestSupport;

namespace ClawDev.GitHub.Tests.Issues.Labels;

/// <summary>
/// Each Fixtures/*.labels.tsv (one label a line: name, tab, description) against its .vocabulary.txt
/// snapshot: every label's normalised form and categories, then the discovered vocabulary.
/// </summary>
public sealed class LabelVocabularyTests
{
    private static readonly string Folder = SourceTree.Fixtures();

    public static TheoryData<string> LabelSets() => SourceTree.FileNames(Folder, ".labels.tsv");

    [Theory]
    [MemberData(nameof(LabelSets))]
    public void Vocabulary_matches_snapshot(string fixture)
    {
        var labels = ReadLabels(Path.Combine(Folder, fixture));

        var vocabulary = LabelVocabulary.Discover(labels);

        Snapshot.Match(Path.Combine(Folder, fixture.Replace(".labels.tsv", ".vocabulary.txt")), Render(labels, vocabulary));
    }

    [Theory]
    [InlineData("Good First Issue", "good first issue")]
    [InlineData("good-first-issue", "good first issue")]
    [InlineData("GoodFirstIssue", "good first issue")]
    [InlineData("good_first_issue", "good first issue")]
    [InlineData("📖 docs", "docs")]
    [InlineData("type: docs", "docs")]
    [InlineData("kind/documentation", "documentation")]
    [InlineData("module: doc infra", "doc infra")]
    [InlineData("docs:", "docs")]
    [InlineData("Débutant", "debutant")]
    [InlineData("  Help   Wanted ", "help wanted")]
    public void Normalises_case_separators_emoji_and_scopes(string label, string expected)
    {
        Assert.Equal(expected, LabelWords.Normalize(label));
    }

    [Theory]
    [InlineData("good first contribution", LabelCategory.Beginner)]
    [InlineData("easy", LabelCategory.Beginner)]
    [InlineData("difficulty: easy", LabelCategory.Beginner)]
    [InlineData("starter", LabelCategory.Beginner)]
    [InlineData("📖 docs", LabelCategory.Documentation)]
    [InlineData("Help Wanted", LabelCategory.HelpWanted)]
    [InlineData("contributions welcome", LabelCategory.HelpWanted)]
    public void Classifies_known_vocabulary(string label, LabelCategory expected)
    {
        Assert.Equal([expected], LabelClassifier.Classify(new RepositoryLabel(label, null)));
    }

    [Theory]
    [InlineData("Good Second Issue")]
    [InlineData("docker")]
    [InlineData("doctest")]
    [InlineData("wontfix")]
    public void Leaves_other_labels_unclassified(string label)
    {
        Assert.Empty(LabelClassifier.Classify(new RepositoryLabel(label, "Something else entirely")));
    }

    [Fact]
    public void Categories_of_an_issue_come_from_its_exact_label_names()
    {
        var vocabulary = LabelVocabulary.Discover([new("Good First Issue", null), new("Documentation", null), new("bug", null)]);

        Assert.Equal([LabelCategory.Beginner, LabelCategory.Documentation], vocabulary.CategoriesOf(["Documentation", "Good First Issue"]));
        Assert.Empty(vocabulary.CategoriesOf(["good first issue"]));
    }

    private static List<RepositoryLabel> ReadLabels(string path) =>
        File.ReadAllLines(path)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t', 2))
            .Select(parts => new RepositoryLabel(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null))
            .ToList();

    private static string Render(IReadOnlyList<RepositoryLabel> labels, LabelVocabulary vocabulary)
    {
        var text = new StringBuilder();
        foreach (var label in labels)
        {
            var categories = LabelClassifier.Classify(label);
            var line = $"{label.Name,-34} -> {LabelWords.Normalize(label.Name),-30} " + (categories.Count == 0 ? "" : "[" + string.Join(", ", categories) + "]");
            text.AppendLine(line.TrimEnd());
        }
        text.AppendLine();
        foreach (var category in Enum.GetValues<LabelCategory>())
        {
            text.AppendLine($"{category}: {Quoted(vocabulary.Of(category))}");
        }
        text.AppendLine($"Query: {Quoted(vocabulary.QueryLabels)}");
        return text.ToString();
    }

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(name => $"\"{name}\""));
}
