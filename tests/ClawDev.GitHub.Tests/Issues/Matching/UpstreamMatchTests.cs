using System.Text;
using ClawDev.Core.Tests.Support;
using ClawDev.GitHub.Issues.Matching;
using ClawDev.GitHub.Tests.TestSupport;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Tests.Issues.Matching;

/// <summary>
/// Each folder under Fixtures/ holds target.json (the symbol) and results.json (what the searches returned,
/// duplicates and noise included); the queries and the classified matches are compared with matches.txt.
/// </summary>
public sealed class UpstreamMatchTests
{
    private static readonly string Folder = SourceTree.Fixtures();

    public static TheoryData<string> Scenarios() => new(Directory.GetDirectories(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Queries_and_matches_match_snapshot(string scenario)
    {
        var target = ReadTarget(scenario);
        var results = IssueJson.Load(Path.Combine(Folder, scenario, "results.json"));

        var text = new StringBuilder();
        foreach (var query in UpstreamSearch.QueriesFor(target))
        {
            text.AppendLine($"query ({query.Kind}, {query.Purpose}): {query.Text}");
        }
        text.AppendLine();
        foreach (var match in UpstreamMatchClassifier.Classify(target, results))
        {
            text.AppendLine($"{match.Summary} [{match.Confidence}]: {match.Item.Title}");
            foreach (var reason in match.Reasons)
            {
                text.AppendLine("    " + reason);
            }
        }

        Snapshot.Match(Path.Combine(Folder, scenario, "matches.txt"), text.ToString());
    }

    [Fact]
    public void A_top_level_function_gets_no_separate_bare_name_query()
    {
        var target = new SymbolTarget(new RepositoryId("github.com", "huggingface", "transformers"), "src/transformers/pipelines/__init__.py", "pipeline");

        Assert.Equal(
            ["repo:huggingface/transformers is:issue \"pipeline\"", "repo:huggingface/transformers is:pr \"pipeline\"",
             "repo:huggingface/transformers is:issue \"src/transformers/pipelines/__init__.py\"", "repo:huggingface/transformers is:pr \"src/transformers/pipelines/__init__.py\""],
            UpstreamSearch.QueriesFor(target).Select(q => q.Text));
    }

    private static SymbolTarget ReadTarget(string scenario)
    {
        var file = IssueJson.Read<TargetFile>(Path.Combine(Folder, scenario, "target.json"));
        return new SymbolTarget(new RepositoryId(file.Host, file.Owner, file.Name), file.FilePath, file.QualifiedName);
    }

    private sealed record TargetFile(string Host, string Owner, string Name, string FilePath, string QualifiedName);
}
