using System.Text.RegularExpressions;

namespace ClawDev.GitHub.Issues.Branches;

/// <summary>
/// How a repository names issue branches: a type folder ("docs/"), the issue token ("issue-123", "gh-123",
/// "123") and the word separator, e.g. <c>docs/issue-123-short-title</c> (the default).
/// </summary>
/// <param name="Folder">"docs/" or "" for none.</param>
/// <param name="IssueTokenPrefix">What precedes the number: "issue-", "gh-", "".</param>
/// <param name="Separator">Between the number and the title words: '-' or '_'.</param>
/// <param name="Source">Where the convention came from, for the user.</param>
public sealed partial record BranchNameConvention(string Folder, string IssueTokenPrefix, char Separator, string Source)
{
    public static readonly BranchNameConvention Default = new("docs/", "issue-", '-', "ClawDev's default");

    private static readonly string[] TypeFolders = ["docs", "doc", "documentation", "fix", "bugfix", "feat", "feature", "chore", "refactor", "maint", "enh", "typo"];

    private static readonly string[] DocumentationFolders = ["docs", "doc", "documentation"];

    /// <summary>
    /// Infers the convention from the repository's branch names and its CONTRIBUTING text (a
    /// <c>git checkout -b fix/issue-&lt;number&gt;</c> there counts as several branches); the most common issue-branch
    /// form wins. Without issue branches the default applies.
    /// </summary>
    public static BranchNameConvention Infer(IEnumerable<string> branchNames, string? contributingText)
    {
        var samples = branchNames.Select(name => (Name: name, Weight: 1)).ToList();
        if (contributingText is not null)
        {
            samples.AddRange(ContributingExamples(contributingText).Select(name => (name, 3)));
        }
        var forms = new Dictionary<(string Folder, string Token, char Separator), int>();
        foreach (var (name, weight) in samples)
        {
            if (IssueBranch().Match(name) is { Success: true } match)
            {
                var key = (FolderKind(match.Groups["folder"].Value), match.Groups["token"].Value.ToLowerInvariant(), match.Groups["sep"].Success ? match.Groups["sep"].Value[0] : '-');
                forms[key] = forms.GetValueOrDefault(key) + weight;
            }
        }
        if (forms.Count == 0)
        {
            return Default;
        }
        var best = forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key.Folder, StringComparer.Ordinal).ThenBy(f => f.Key.Token, StringComparer.Ordinal).First();
        var folder = best.Key.Folder == "typed" ? DocumentationFolder(samples.Select(s => s.Name)) : best.Key.Folder;
        return new BranchNameConvention(folder, best.Key.Token, best.Key.Separator, $"{best.Value} issue branch name(s) in the repository's convention");
    }

    /// <summary>"typed" for a type folder (fix/, docs/…), "" for none; a personal folder ("alice/") is not copied.</summary>
    private static string FolderKind(string folder) =>
        folder.Length == 0 ? "" : TypeFolders.Contains(folder.TrimEnd('/').ToLowerInvariant()) ? "typed" : "";

    /// <summary>The repository's own documentation folder when it has one ("doc/"), else "docs/".</summary>
    private static string DocumentationFolder(IEnumerable<string> names) =>
        names.Select(name => name.Split('/')[0].ToLowerInvariant()).Where(DocumentationFolders.Contains)
            .GroupBy(folder => folder).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + "/").FirstOrDefault() ?? "docs/";

    /// <summary>Branch names in <c>git checkout -b NAME</c> / <c>git switch -c NAME</c>, placeholders for the issue number made "123".</summary>
    private static IEnumerable<string> ContributingExamples(string text) =>
        CreateBranchCommand().Matches(text).Select(m => NumberPlaceholder().Replace(m.Groups["name"].Value, "123"));

    [GeneratedRegex(@"^(?<folder>[A-Za-z]+/)?(?<token>issues?[-_]?|gh[-_]?|#)?(?<number>\d{1,7})(?:(?<sep>[-_])[A-Za-z0-9].*)?$")]
    private static partial Regex IssueBranch();

    [GeneratedRegex(@"git\s+(?:checkout\s+-b|switch\s+-c|branch)\s+(?<name>[^\s`'""]+)")]
    private static partial Regex CreateBranchCommand();

    [GeneratedRegex(@"[<{\[][^>}\]]*(?:issue|number|num|id)[^>}\]]*[>}\]]|\bN{3,}\b|\bX{3,}\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPlaceholder();
}
