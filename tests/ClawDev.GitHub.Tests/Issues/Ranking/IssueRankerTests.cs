using System.Text;
using ClawDev.Core.Tests.Support;
using ClawDev.GitHub.Issues;
using ClawDev.GitHub.Issues.Claims;
using ClawDev.GitHub.Issues.Ranking;
using ClawDev.GitHub.Tests.TestSupport;

namespace ClawDev.GitHub.Tests.Issues.Ranking;

/// <summary>
/// Each folder under Fixtures/ holds context.json (the open file, symbols, "now") and issues.json; the ranking
/// with its reasons is compared with ranking.txt.
/// </summary>
public sealed class IssueRankerTests
{
    private static readonly string Folder = SourceTree.Fixtures();

    public static TheoryData<string> Scenarios() => new(Directory.GetDirectories(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Ranking_matches_snapshot(string scenario)
    {
        var (context, now) = ReadContext(scenario);
        var issues = IssueJson.Load(Path.Combine(Folder, scenario, "issues.json"));

        var ranked = IssueRanker.Rank(issues, context, new ClaimOptions(now));

        Snapshot.Match(Path.Combine(Folder, scenario, "ranking.txt"), Render(ranked));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Ranking_does_not_depend_on_input_order(string scenario)
    {
        var (context, now) = ReadContext(scenario);
        var issues = IssueJson.Load(Path.Combine(Folder, scenario, "issues.json"));

        var forward = IssueRanker.Rank(issues, context, new ClaimOptions(now)).Select(r => r.Issue.Number);
        var backward = IssueRanker.Rank(Enumerable.Reverse(issues), context, new ClaimOptions(now)).Select(r => r.Issue.Number);

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Unclaimed_issues_come_before_claimed_ones_of_equal_closeness()
    {
        var now = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var claimed = Issue(1, "Document `Trainer.train`", now.AddDays(-1)) with { Assignees = ["alice"] };
        var unclaimed = Issue(2, "Document `Trainer.train`", now.AddDays(-90));

        var ranked = IssueRanker.Rank([claimed, unclaimed], CodeContext.ForFile("src/transformers/trainer.py", ["Trainer.train"], []), new ClaimOptions(now));

        Assert.Equal([2, 1], ranked.Select(r => r.Issue.Number));
        Assert.Equal(ranked[0].Closeness, ranked[1].Closeness);
        Assert.True(ranked[1].IsClaimed);
    }

    [Fact]
    public void Module_name_comes_from_the_path_without_the_src_layout()
    {
        Assert.Equal("transformers.trainer", CodeContext.ForFile("src/transformers/trainer.py", [], []).ModuleName);
        Assert.Equal("torch.nn", CodeContext.ForFile("torch/nn/__init__.py", [], []).ModuleName);
    }

    private static UpstreamIssue Issue(int number, string title, DateTimeOffset updated) => new(
        number, title, "", true, false, [], [], "someone", updated, updated, null, 0,
        new Uri($"https://github.com/huggingface/transformers/issues/{number}"));

    private static (CodeContext Context, DateTimeOffset Now) ReadContext(string scenario)
    {
        var context = IssueJson.Read<ContextFile>(Path.Combine(Folder, scenario, "context.json"));
        return (CodeContext.ForFile(context.FilePath, context.SymbolsNearCursor, context.SymbolsInFile), context.Now);
    }

    private static string Render(IReadOnlyList<RankedIssue> ranked)
    {
        var text = new StringBuilder();
        foreach (var item in ranked)
        {
            var claimed = item.IsClaimed ? " CLAIMED" : "";
            text.AppendLine($"#{item.Issue.Number} closeness {item.Closeness}{claimed}: {item.Issue.Title} [{string.Join(", ", item.Issue.Labels)}]");
            foreach (var reason in item.Reasons)
            {
                text.AppendLine("    " + reason);
            }
        }
        return text.ToString();
    }

    private sealed record ContextFile(DateTimeOffset Now, string FilePath, string[] SymbolsNearCursor, string[] SymbolsInFile);
}
