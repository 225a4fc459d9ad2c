using System.Text.Json;
using System.Text.Json.Nodes;
using ClawDev.Server.Lsp.GitHubSession;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.PullRequests;
using ClawDev.Server.Lsp.Upstream;
using ClawDev.Server.Tests.TestSupport;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>
/// The examples of the GitHub methods in tests/fixtures/protocol/github (which the client's unit tests read too)
/// read into the C# protocol types and write back unchanged: every field name of the contract is the same on both
/// sides, and nothing the client sends is dropped.
/// </summary>
public sealed class GitHubProtocolExamplesTests
{
    private static readonly string ExamplesFolder = Path.GetFullPath(Path.Combine(TestPaths.ProjectDirectory, "..", "fixtures", "protocol", "github"));

    public static TheoryData<string> Examples() => [.. Directory.GetFiles(ExamplesFolder, "*.json").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_round_trips_through_the_protocol_types(string file)
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(ExamplesFolder, file)))!.AsObject();
        var method = (string)example["method"]!;
        var (paramsType, resultType) = TypesOf(method, example["params"]!);

        AssertRoundTrip(example["params"]!, paramsType, $"{file} params");
        if (resultType is not null)
        {
            AssertRoundTrip(example["result"]!, resultType, $"{file} result");
        }
        else
        {
            Assert.Null(example["result"]);
        }
    }

    [Fact]
    public void Every_GitHub_method_has_an_example()
    {
        var methods = Directory.GetFiles(ExamplesFolder, "*.json")
            .Select(file => (string)JsonNode.Parse(File.ReadAllText(file))!["method"]!)
            .ToHashSet();
        Assert.Equal(
            [
                Methods.ClawDevCreateIssue, Methods.ClawDevDraftIssue, Methods.ClawDevDraftPullRequest, Methods.ClawDevFindFirstIssues,
                Methods.ClawDevFindUpstreamIssues, Methods.ClawDevGitHubSession, Methods.ClawDevRequestGitHubSession, Methods.ClawDevStartWorkingOnIssue,
            ],
            methods.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_plan_and_an_execution_are_written_without_a_type_marker()
    {
        DraftPullRequestResult execution = new PullRequestExecution([new ExecutionStep("push", false, "rejected")]) { Retry = "git push fork b" };
        var json = JsonSerializer.Serialize(execution, LspJson.Options);
        Assert.Equal("""{"steps":[{"name":"push","ok":false,"message":"rejected"}],"retry":"git push fork b"}""", json);
    }

    [Theory]
    [InlineData("2017-10-10T16:00:00Z", "2017-10-10T16:00:00Z")]
    [InlineData("2017-10-10T18:00:00+02:00", "2017-10-10T16:00:00Z")]
    [InlineData("2017-10-10T16:00:00.25Z", "2017-10-10T16:00:00.25Z")]
    public void Times_are_written_in_UTC_with_a_Z(string read, string written)
    {
        var claim = JsonSerializer.Deserialize<IssueClaim>($$"""{"since":"{{read}}","reason":"assigned"}""", LspJson.Options)!;
        Assert.Equal($$"""{"since":"{{written}}","reason":"assigned"}""", JsonSerializer.Serialize(claim, LspJson.Options));
    }

    private static (Type Params, Type? Result) TypesOf(string method, JsonNode parameters) => method switch
    {
        Methods.ClawDevFindFirstIssues => (typeof(FindFirstIssuesParams), typeof(FindFirstIssuesResult)),
        Methods.ClawDevStartWorkingOnIssue => (typeof(StartWorkingOnIssueParams), typeof(StartWorkingOnIssueResult)),
        Methods.ClawDevFindUpstreamIssues => (typeof(FindUpstreamIssuesParams), typeof(FindUpstreamIssuesResult)),
        Methods.ClawDevDraftIssue => (typeof(DraftIssueParams), typeof(DraftIssueResult)),
        Methods.ClawDevCreateIssue => (typeof(CreateIssueParams), typeof(CreateIssueResult)),
        Methods.ClawDevDraftPullRequest => (typeof(DraftPullRequestParams), (bool)parameters["execute"]! ? typeof(PullRequestExecution) : typeof(PullRequestPlan)),
        Methods.ClawDevGitHubSession => (typeof(GitHubSessionParams), null),
        Methods.ClawDevRequestGitHubSession => (typeof(RequestGitHubSessionParams), typeof(RequestGitHubSessionResult)),
        _ => throw new InvalidOperationException($"no protocol types for {method}"),
    };

    private static void AssertRoundTrip(JsonNode json, Type type, string what)
    {
        var value = JsonSerializer.Deserialize(json.ToJsonString(), type, LspJson.Options);
        var written = JsonNode.Parse(JsonSerializer.Serialize(value, type, LspJson.Options));
        Assert.True(JsonNode.DeepEquals(json, written), $"{what} changed on the way through {type.Name}:\nexpected {json.ToJsonString()}\nwritten  {written?.ToJsonString()}");
    }
}
