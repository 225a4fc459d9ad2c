using System.Net;
using System.Text.Json;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.PullRequests;
using ClawDev.GitHub.Tests.Api;
using ClawDev.GitHub.Tests.Loopback;
using ClawDev.TestSupport;

namespace ClawDev.GitHub.Tests.PullRequests;

/// <summary>
/// Drafting end to end: real git with bare file:// upstream and fork, and Octokit against the loopback GitHub
/// (the recorded octokit-fixture-org/hello-world and its fork by octokit-fixture-user-a).
/// </summary>
public sealed class DraftingAgainstLoopbackTests
{
    private const string Greeter = """"
        """Greetings."""


        def greet(name):
            return f"Hello {name}"


        def shout(text):
            """Shout the text."""
            return text.upper()

        """";

    private static readonly string DocumentedGreeter = Greeter.Replace(
        "def greet(name):\n", "def greet(name):\n    \"\"\"Greet someone.\n\n    Args:\n        name: Who to greet.\n    \"\"\"\n");

    private const string Template = """
        ## What does this PR do?

        <!-- Describe the change. -->

        Fixes # (issue)

        ## Before submitting
        - [ ] Did you read the contributor guideline?
        """;

    private const string Branch = "docs/issue-13-greeter-greet-does-not-describe-name";

    private static readonly PullRequestDrafter Drafter = new(new GitCli(), new PullRequestDrafterOptions { ForkWaitDelays = [TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero] });

    private static Remotes Contribution()
    {
        var remotes = new Remotes();
        remotes.Write("src/greeter.py", Greeter);
        remotes.Write(".github/pull_request_template.md", Template);
        remotes.Publish("initial");
        remotes.Write("src/greeter.py", DocumentedGreeter);
        remotes.Write("setup.py", "VERSION = '1.1'\n");
        return remotes;
    }

    private static PullRequestRequest Request(Remotes remotes) =>
        new(remotes.WorkTree, ApiHarness.Upstream) { IssueNumber = 13, IssueTitle = "Greeter.greet does not describe name" };

    private static async Task<(PullRequestPlan Plan, PullRequestOutcome Outcome)> DraftAsync(Remotes remotes, IPullRequestHost host)
    {
        var plan = await Drafter.PlanAsync(Request(remotes), host, CancellationToken.None);
        return (plan, await Drafter.ExecuteAsync(plan, new PullRequestChoices(plan.Target), host, null, CancellationToken.None));
    }

    [Fact]
    public async Task The_branch_goes_to_the_fork_only_and_the_draft_carries_the_template_the_issue_and_the_coverage()
    {
        await using var harness = new ApiHarness();
        using var remotes = Contribution();
        remotes.AddForkRemote();
        var upstreamRefs = remotes.Refs(remotes.UpstreamPath);

        var (plan, outcome) = await DraftAsync(remotes, new GitHubPullRequestHost(harness.Api));

        Assert.Equal($"octokit-fixture-org/hello-world:main ← octokit-fixture-user-a/hello-world:{Branch}", plan.Target);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Steps));
        Assert.Equal("https://github.com/octokit-fixture-org/hello-world/pull/21", outcome.PullRequest!.HtmlUrl.AbsoluteUri);
        Assert.Null(outcome.CompareUrl);
        Assert.Equal(outcome.CommitId, remotes.Git(remotes.ForkPath, "rev-parse", $"refs/heads/{Branch}"));
        Assert.Equal(upstreamRefs, remotes.Refs(remotes.UpstreamPath));
        Assert.Equal("?? setup.py", remotes.Work("status", "--porcelain=v1"));

        Assert.Equal(["GET /user", "POST /repos/octokit-fixture-org/hello-world/pulls"], harness.Server.Requests.Select(r => $"{r.Method} {r.Path}"));
        using var sent = JsonDocument.Parse(harness.Server.Requests[^1].Body);
        var body = sent.RootElement.GetProperty("body").GetString()!;
        Assert.Equal(($"octokit-fixture-user-a:{Branch}", "main", true),
            (sent.RootElement.GetProperty("head").GetString(), sent.RootElement.GetProperty("base").GetString(), sent.RootElement.GetProperty("draft").GetBoolean()));
        Assert.Equal("docs: add a docstring to `greet`", sent.RootElement.GetProperty("title").GetString());
        Assert.StartsWith("## What does this PR do?\n", body);
        Assert.Contains("\nFixes #13\n", body);
        Assert.Contains("- [ ] Did you read the contributor guideline?", body);
        Assert.Contains("Docstring coverage of the changed files (before → after):\n- `src/greeter.py`: 66.7% → 100.0% (2/3 → 3/3 documented)", body);
    }

    [Fact]
    public async Task Without_a_fork_GitHub_forks_drafting_waits_for_it_adds_the_remote_and_pushes_there()
    {
        await using var harness = new ApiHarness();
        using var remotes = Contribution();
        // The fork as GitHub describes it, cloned from the local bare fork so that the push really happens.
        var fork = GitHubFixtures.Node("repos/hello-world-fork.json");
        fork["clone_url"] = remotes.ForkUrl;
        harness.Server.Map("POST", "/repos/octokit-fixture-org/hello-world/forks", new LoopbackResponse(HttpStatusCode.Accepted, fork.ToJsonString()));
        harness.Server.Map("GET", "/repos/octokit-fixture-user-a/hello-world",
            LoopbackResponse.Error(HttpStatusCode.NotFound, "Not Found"),
            LoopbackResponse.Error(HttpStatusCode.NotFound, "Not Found"),
            new LoopbackResponse(HttpStatusCode.OK, fork.ToJsonString()));

        var (plan, outcome) = await DraftAsync(remotes, new GitHubPullRequestHost(harness.Api));

        Assert.Null(plan.PushRemote);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Steps));
        Assert.Equal(
            [DraftStepKind.Preflight, DraftStepKind.CreateBranch, DraftStepKind.Commit, DraftStepKind.Fork, DraftStepKind.AddRemote, DraftStepKind.Push, DraftStepKind.CreatePullRequest],
            outcome.Steps.Select(s => s.Kind));
        Assert.Equal(remotes.ForkUrl, remotes.Work("remote", "get-url", "fork"));
        Assert.Equal(outcome.CommitId, remotes.Git(remotes.ForkPath, "rev-parse", $"refs/heads/{Branch}"));
        Assert.Equal(
            ["GET /user", "POST /repos/octokit-fixture-org/hello-world/forks",
             "GET /repos/octokit-fixture-user-a/hello-world", "GET /repos/octokit-fixture-user-a/hello-world", "GET /repos/octokit-fixture-user-a/hello-world",
             "POST /repos/octokit-fixture-org/hello-world/pulls"],
            harness.Server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_failed_push_keeps_branch_and_commit_says_how_to_retry_and_opens_nothing()
    {
        await using var harness = new ApiHarness();
        using var remotes = Contribution();
        remotes.AddForkRemote();
        var hook = Path.Combine(remotes.ForkPath, "hooks", "pre-receive");
        ExecutableFile.Write(hook, "#!/bin/sh\necho 'pushes are closed today' >&2\nexit 1\n");

        var (_, outcome) = await DraftAsync(remotes, new GitHubPullRequestHost(harness.Api));

        Assert.Equal((DraftStepKind.Push, StepStatus.Failed), (outcome.Steps[^1].Kind, outcome.Steps[^1].Status));
        Assert.Equal($"git push --set-upstream -- fork refs/heads/{Branch}", outcome.RetryCommand);
        Assert.Equal(Branch, remotes.Work("branch", "--show-current"));
        Assert.Equal(outcome.CommitId, remotes.Work("rev-parse", "HEAD"));
        Assert.Equal("", remotes.Refs(remotes.ForkPath));
        Assert.Empty(harness.Server.RequestsTo("/repos/octokit-fixture-org/hello-world/pulls"));
    }
}
