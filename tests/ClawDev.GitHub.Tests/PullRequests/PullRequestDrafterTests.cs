using ClawDev.Core.Changes;
using ClawDev.GitHub.Api;
using ClawDev.GitHub.Contributing;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.PullRequests;
using ClawDev.GitHub.Upstream;
using ClawDev.TestSupport;

namespace ClawDev.GitHub.Tests.PullRequests;

/// <summary>Planning and executing against real git, with bare file:// repositories as upstream and fork.</summary>
public class PullRequestDrafterTests
{
    private const string Trainer = """"
        """Training utilities."""


        class Trainer:
            """Runs training."""

            def __init__(self, model, warmup_steps=0):
                """Create a trainer.

                Args:
                    model: The model to train.
                """
                self.model = model
                self.warmup_steps = warmup_steps

        """";

    private static readonly string DocumentedTrainer = Trainer.Replace(
        "            model: The model to train.\n", "            model: The model to train.\n            warmup_steps: Steps of linear learning-rate warmup.\n");

    private const string ExpectedBranch = "docs/document-warmup-steps-in-trainer-init";

    private static readonly RepositoryId Upstream = new(RepositoryId.PublicHost, "huggingface", "transformers");

    private static readonly PullRequestDrafterOptions NoWaiting = new() { ForkWaitDelays = [TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero] };

    private static readonly PullRequestDrafter Drafter = new(new GitCli(), NoWaiting);

    /// <summary>The project on the upstream, and a contributor's work tree with a documented parameter and two unrelated changes.</summary>
    private static Remotes Contribution(string? contributing = null)
    {
        var remotes = new Remotes();
        remotes.Write("src/trainer.py", Trainer);
        remotes.Write("setup.py", "VERSION = '1.0'\n");
        if (contributing is not null)
        {
            remotes.Write("CONTRIBUTING.md", contributing);
        }
        remotes.Publish("initial");
        remotes.Write("src/trainer.py", DocumentedTrainer);
        remotes.Write("setup.py", "VERSION = '1.1'\n");
        remotes.Write("notes.txt", "my notes\n");
        return remotes;
    }

    /// <summary>The CONTRIBUTING.md of the "assigned-issue" policy fixture: pull requests must link an issue assigned to you.</summary>
    private static string AssignedIssuePolicy([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "..", "Contributing", "Policies", "assigned-issue", "CONTRIBUTING.md"));

    private static PullRequestRequest Request(Remotes remotes) => new(remotes.WorkTree, Upstream) { Login = "ada" };

    private static Task<PullRequestOutcome> Execute(PullRequestPlan plan, IPullRequestHost? host = null, List<DraftStep>? progress = null) =>
        Drafter.ExecuteAsync(plan, new PullRequestChoices(plan.Target), host, progress is null ? null : new SynchronousProgress(progress), CancellationToken.None);

    [Fact]
    public async Task Planning_shows_the_exact_target_and_changes_nothing()
    {
        using var remotes = Contribution();
        remotes.AddForkRemote();
        var statusBefore = remotes.Work("status", "--porcelain=v2");
        var refsBefore = remotes.Work("for-each-ref");

        var plan = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);

        Assert.Equal($"huggingface/transformers:main ← ada/transformers:{ExpectedBranch}", plan.Target);
        Assert.Equal("docs: document `warmup_steps` in `Trainer.__init__`", plan.Title);
        Assert.Equal(["src/trainer.py"], plan.Included.Select(f => f.Path));
        Assert.Equal([("setup.py", DocumentationChangeKind.Code), ("notes.txt", DocumentationChangeKind.NotPython)],
            plan.Unrelated.Select(f => (f.Path, f.Kind)));
        Assert.Equal("src/trainer.py +1 -0", plan.Included[0].Stat.ToString());
        Assert.Equal("notes.txt +1 -0", plan.Unrelated[1].Stat.ToString());
        Assert.True(plan.CreatesBranch);
        Assert.Equal("fork", plan.PushRemote);
        Assert.False(plan.IsBlocked);
        Assert.Equal(statusBefore, remotes.Work("status", "--porcelain=v2"));
        Assert.Equal(refsBefore, remotes.Work("for-each-ref"));
        Assert.Equal("main", remotes.Work("branch", "--show-current"));
    }

    [Fact]
    public async Task A_file_with_only_a_comment_added_is_listed_as_unrelated()
    {
        using var remotes = Contribution();
        remotes.Write("setup.py", "# Build settings.\nVERSION = '1.0'\n");

        var plan = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);

        Assert.Equal(["src/trainer.py"], plan.Included.Select(f => f.Path));
        var setup = plan.Unrelated.Single(f => f.Path == "setup.py");
        Assert.Equal((DocumentationChangeKind.CommentsOnly, "comments or whitespace only"), (setup.Kind, setup.Reason));
    }

    [Fact]
    public async Task Draft_placeholders_left_in_added_docstring_lines_block_the_pull_request_naming_each_line()
    {
        using var remotes = Contribution();
        remotes.Write("src/trainer.py", DocumentedTrainer.Replace("Steps of linear learning-rate warmup.", "TODO: describe warmup_steps.")
            .Replace("\"\"\"Runs training.\"\"\"", "\"\"\"TODO: Summarise what Trainer does.\"\"\""));

        var plan = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);

        Assert.True(plan.IsBlocked);
        var check = plan.Checklist.Single(c => c.Status == CheckStatus.Blocking);
        Assert.Equal("no draft placeholders", CheckNames.Of(check));
        Assert.Equal("added docstring lines still hold the drafter's TODO placeholders at src/trainer.py:5, src/trainer.py:12: write what they stand for, or leave the entries out",
            check.Reason);
        Assert.Equal("src/trainer.py:5: \"\"\"\"TODO: Summarise what Trainer does.\"\"\"\"", check.Rule.Source.ToString());
        var outcome = await Execute(plan);
        Assert.False(outcome.Succeeded);
        Assert.Equal("", remotes.Refs(remotes.ForkPath));
    }

    [Fact]
    public async Task Executing_commits_only_the_documentation_with_sign_off_and_pushes_to_the_fork_only()
    {
        using var remotes = Contribution("# Contributing\n\nEvery commit must be signed off (`git commit -s`), as the DCO asks.\n");
        remotes.AddForkRemote();
        var upstreamRefs = remotes.Refs(remotes.UpstreamPath);
        var plan = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);
        var progress = new List<DraftStep>();

        var outcome = await Execute(plan, progress: progress);

        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Steps));
        Assert.Equal(
            [DraftStepKind.Preflight, DraftStepKind.CreateBranch, DraftStepKind.Commit, DraftStepKind.Push, DraftStepKind.CreatePullRequest],
            outcome.Steps.Select(s => s.Kind));
        Assert.Equal(outcome.Steps, progress);
        Assert.Equal(ExpectedBranch, remotes.Work("branch", "--show-current"));
        Assert.Equal(
            "docs: document `warmup_steps` in `Trainer.__init__`\n\n- `Trainer.__init__` (trainer.py): documented `warmup_steps`\n\nSigned-off-by: Ada Lovelace <ada@example.org>",
            remotes.Work("log", "-1", "--format=%B"));
        Assert.Equal("src/trainer.py", remotes.Work("show", "--format=", "--name-only", "HEAD"));
        // The unrelated changes are where they were: modified and untracked, not staged.
        Assert.Equal(" M setup.py\n?? notes.txt", remotes.Work("status", "--porcelain=v1"));
        Assert.Equal(outcome.CommitId, remotes.Git(remotes.ForkPath, "rev-parse", $"refs/heads/{ExpectedBranch}"));
        Assert.Equal(upstreamRefs, remotes.Refs(remotes.UpstreamPath));
        Assert.Equal($"fork/{ExpectedBranch}", remotes.Work("rev-parse", "--abbrev-ref", "@{upstream}"));
        Assert.StartsWith($"https://github.com/huggingface/transformers/compare/main...ada:{ExpectedBranch}?expand=1&title=docs%3A%20document%20%60warmup_steps%60", outcome.CompareUrl);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_rejected_push_keeps_branch_and_commit_and_says_how_to_retry()
    {
        using var remotes = Contribution();
        remotes.AddForkRemote();
        var hook = Path.Combine(remotes.ForkPath, "hooks", "pre-receive");
        ExecutableFile.Write(hook, "#!/bin/sh\necho 'pushes are closed today' >&2\nexit 1\n");
        var plan = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);

        var outcome = await Execute(plan);

        var push = outcome.Steps[^1];
        Assert.Equal((DraftStepKind.Push, StepStatus.Failed), (push.Kind, push.Status));
        Assert.Contains("Rejected", push.Message);
        Assert.Contains("pushes are closed today", push.Message);
        Assert.Equal($"git push --set-upstream -- fork refs/heads/{ExpectedBranch}", outcome.RetryCommand);
        Assert.Equal(ExpectedBranch, remotes.Work("branch", "--show-current"));
        Assert.Equal(outcome.CommitId, remotes.Work("rev-parse", "HEAD"));
        Assert.Equal("", remotes.Refs(remotes.ForkPath));
        Assert.Equal(" M setup.py\n?? notes.txt", remotes.Work("status", "--porcelain=v1"));
    }

    [Fact]
    public async Task A_non_fast_forward_is_rejected_never_forced()
    {
        using var remotes = Contribution();
        remotes.AddForkRemote();
        // Someone else's commit is already on the fork's branch of that name.
        var theirs = remotes.Work("commit-tree", "HEAD^{tree}", "-p", "HEAD", "-m", "someone else's work");
        remotes.Work("push", "-q", "fork", $"{theirs}:refs/heads/{ExpectedBranch}");
        var forkRefs = remotes.Refs(remotes.ForkPath);
        var plan = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);

        var outcome = await Execute(plan);

        Assert.Equal(StepStatus.Failed, outcome.Steps[^1].Status);
        Assert.Contains("Rejected", outcome.Steps[^1].Message);
        Assert.Equal(forkRefs, remotes.Refs(remotes.ForkPath));
        Assert.Equal($"git push --set-upstream -- fork refs/heads/{ExpectedBranch}", outcome.RetryCommand);
    }

    [Fact]
    public async Task Without_a_fork_remote_the_host_forks_waits_adds_the_remote_and_opens_a_draft()
    {
        using var remotes = Contribution();
        var host = new FakeHost("ada", remotes.ForkUrl);
        var plan = await Drafter.PlanAsync(new PullRequestRequest(remotes.WorkTree, Upstream), host, CancellationToken.None);
        Assert.Null(plan.PushRemote);
        Assert.Equal($"huggingface/transformers:main ← ada/transformers:{ExpectedBranch}", plan.Target);

        var outcome = await Execute(plan, host);

        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Steps));
        Assert.Equal(
            [
                "GET /user",
                "POST /repos/huggingface/transformers/forks",
                "GET /repos/ada/transformers",
                "GET /repos/ada/transformers",
                $"POST /repos/huggingface/transformers/pulls ada:{ExpectedBranch} -> main",
            ],
            host.Calls);
        Assert.Equal(remotes.ForkUrl, remotes.Work("remote", "get-url", "fork"));
        Assert.Equal(outcome.CommitId, remotes.Git(remotes.ForkPath, "rev-parse", $"refs/heads/{ExpectedBranch}"));
        Assert.Equal(42, outcome.PullRequest!.Number);
        Assert.Null(outcome.CompareUrl);
        Assert.Equal(plan.Body, host.LastPullRequest!.Body);
    }

    [Fact]
    public async Task An_existing_pull_request_is_reported_not_duplicated()
    {
        using var remotes = Contribution();
        remotes.AddForkRemote();
        var existing = new CreatedPullRequest(7, new Uri("https://github.com/huggingface/transformers/pull/7"), IsDraft: true, AlreadyExisted: true);
        var host = new FakeHost("ada", remotes.ForkUrl) { PullRequestAnswer = HostResult<CreatedPullRequest>.Success(existing) };
        var plan = await Drafter.PlanAsync(Request(remotes), host, CancellationToken.None);

        var outcome = await Execute(plan, host);

        Assert.True(outcome.Succeeded);
        Assert.Equal(existing, outcome.PullRequest);
        Assert.Contains("already exists: #7", outcome.Steps[^1].Message);
    }

    [Fact]
    public async Task A_fork_refused_without_permission_keeps_the_commit_and_offers_the_compare_url()
    {
        using var remotes = Contribution();
        var host = new FakeHost("ada", remotes.ForkUrl)
        {
            ForkAnswer = HostResult<HostRepository>.Failure(new GitHubProblem(GitHubProblemKind.NoPermission, "Resource not accessible by integration (403)", ""), "Resource not accessible by integration (403)"),
        };
        var plan = await Drafter.PlanAsync(Request(remotes), host, CancellationToken.None);

        var outcome = await Execute(plan, host);

        Assert.Equal((DraftStepKind.Fork, StepStatus.Failed), (outcome.Steps[^1].Kind, outcome.Steps[^1].Status));
        Assert.Contains("403", outcome.Steps[^1].Message);
        Assert.Equal(outcome.CommitId, remotes.Work("rev-parse", "HEAD"));
        Assert.Equal("upstream", remotes.Work("remote"));
        Assert.StartsWith($"https://github.com/huggingface/transformers/compare/main...ada:{ExpectedBranch}?expand=1", outcome.CompareUrl);
    }

    [Fact]
    public async Task A_refused_pull_request_leaves_the_pushed_branch_and_offers_the_compare_url()
    {
        using var remotes = Contribution();
        remotes.AddForkRemote();
        var host = new FakeHost("ada", remotes.ForkUrl)
        {
            PullRequestAnswer = HostResult<CreatedPullRequest>.Failure(new GitHubProblem(GitHubProblemKind.NoPermission, "Must have admin rights to Repository. (403)", ""), "Must have admin rights to Repository. (403)"),
        };
        var plan = await Drafter.PlanAsync(Request(remotes), host, CancellationToken.None);

        var outcome = await Execute(plan, host);

        Assert.Equal((DraftStepKind.CreatePullRequest, StepStatus.Failed), (outcome.Steps[^1].Kind, outcome.Steps[^1].Status));
        Assert.Equal(outcome.CommitId, remotes.Git(remotes.ForkPath, "rev-parse", $"refs/heads/{ExpectedBranch}"));
        Assert.NotNull(outcome.CompareUrl);
    }

    [Theory]
    [InlineData(new[] { "grace", "Ada" }, CheckStatus.Pass)]
    [InlineData(new[] { "grace" }, CheckStatus.Blocking)]
    public async Task WhereTheGuideRequiresAnAssignedIssueTheIssuesAssigneesAreAskedForAndDecide(string[] assignees, CheckStatus expected)
    {
        using var remotes = Contribution(AssignedIssuePolicy());
        remotes.AddForkRemote();
        var host = new FakeHost("ada", remotes.ForkUrl) { IssueAssignees = assignees };

        var plan = await Drafter.PlanAsync(Request(remotes) with { IssueNumber = 7 }, host, CancellationToken.None);
        var withoutIssue = await Drafter.PlanAsync(Request(remotes), new FakeHost("ada", remotes.ForkUrl) { IssueAssignees = assignees }, CancellationToken.None);

        var check = plan.Checklist.Single(c => c.Kind == PolicyRuleKind.LinkedIssueRequired);
        Assert.Equal(expected, check.Status);
        Assert.Contains("GET /repos/huggingface/transformers/issues/7", host.Calls);
        Assert.Equal(CheckStatus.Blocking, withoutIssue.Checklist.Single(c => c.Kind == PolicyRuleKind.LinkedIssueRequired).Status);
    }

    [Fact]
    public async Task Without_host_or_fork_remote_the_local_steps_happen_and_the_push_is_explained()
    {
        using var remotes = Contribution();
        var upstreamRefs = remotes.Refs(remotes.UpstreamPath);
        var plan = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);

        var outcome = await Execute(plan);

        var fork = outcome.Steps[^1];
        Assert.Equal((DraftStepKind.Fork, StepStatus.Skipped), (fork.Kind, fork.Status));
        Assert.Contains($"git push --set-upstream -- fork refs/heads/{ExpectedBranch}", fork.Message);
        Assert.NotNull(outcome.CommitId);
        Assert.Equal(upstreamRefs, remotes.Refs(remotes.UpstreamPath));
        Assert.NotNull(outcome.CompareUrl);
    }

    public static TheoryData<string, string?, string?, bool> DisclosureCases() => new()
    {
        { "CONTRIBUTING.md asks", "# Contributing\n\nIf you are using any kind of AI assistance to contribute, it must be disclosed in the pull request.\n", null, true },
        { "the template has an AI section", null, "## What does this PR do?\n\n## AI assistance\n", true },
        { "neither", "# Contributing\n\nRun `make style` before you open a pull request.\n", "## What does this PR do?\n", false },
    };

    [Theory]
    [MemberData(nameof(DisclosureCases))]
    public async Task The_plan_asks_about_ai_use_only_when_the_repository_wants_a_statement(string name, string? contributing, string? template, bool asks)
    {
        using var remotes = Contribution(contributing);
        if (template is not null)
        {
            remotes.Write(".github/pull_request_template.md", template);
        }

        var plan = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);
        var assisted = await Drafter.PlanAsync(Request(remotes) with { AiAssistance = "Copilot suggested the wording; I checked it." }, host: null, CancellationToken.None);

        Assert.True(asks == plan.AsksAiDisclosure, name);
        Assert.Equal(asks, plan.Body.Contains("AI assistance: none; no AI tools were used for this change.", StringComparison.Ordinal));
        Assert.Contains("AI assistance: Copilot suggested the wording; I checked it.", assisted.Body);
    }

    [Fact]
    public async Task With_no_changes_the_plan_is_blocked_and_its_title_says_there_is_nothing_to_send()
    {
        using var remotes = new Remotes();
        remotes.Write("m.py", "def f():\n    return 42\n");
        remotes.Publish("initial");

        var plan = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);

        Assert.True(plan.IsBlocked);
        Assert.Empty(plan.Included);
        Assert.Equal(ChangeDescription.NothingToSend, plan.Title);
        Assert.DoesNotContain("0 files", plan.CommitMessage + plan.Body);
    }

    [Fact]
    public async Task A_typo_only_change_in_a_repository_that_bans_them_is_blocked_and_nothing_changes()
    {
        using var remotes = new Remotes();
        remotes.Write("CONTRIBUTING.md", "# Contributing\n\nPull requests that only fix typos will be closed.\n");
        remotes.Write("m.py", "def f():\n    \"\"\"Retrun the answer.\"\"\"\n    return 42\n");
        remotes.Publish("initial");
        remotes.Write("m.py", "def f():\n    \"\"\"Return the answer.\"\"\"\n    return 42\n");
        var plan = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);

        var outcome = await Execute(plan);

        Assert.True(plan.IsBlocked);
        var check = Assert.Single(plan.Checklist);
        Assert.Equal(CheckStatus.Blocking, check.Status);
        Assert.Contains("CONTRIBUTING.md:3: \"Pull requests that only fix typos will be closed.\"", check.Reason);
        Assert.Equal((DraftStepKind.Preflight, StepStatus.Failed), (Assert.Single(outcome.Steps).Kind, outcome.Steps[0].Status));
        Assert.Equal("main", remotes.Work("branch", "--show-current"));
        Assert.Equal(" M m.py", remotes.Work("status", "--porcelain=v1"));
    }

    [Fact]
    public async Task A_work_tree_changed_since_planning_is_not_committed()
    {
        using var remotes = Contribution();
        remotes.AddForkRemote();
        var plan = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);
        remotes.Write("src/trainer.py", DocumentedTrainer + "# edited after planning\n");

        var outcome = await Execute(plan);

        Assert.Contains("changed since the plan", Assert.Single(outcome.Steps).Message);
        Assert.Equal("main", remotes.Work("branch", "--show-current"));
    }

    [Fact]
    public async Task Executing_requires_the_shown_target()
    {
        using var remotes = Contribution();
        var plan = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Drafter.ExecuteAsync(plan, new PullRequestChoices("huggingface/transformers:main ← ada/transformers:other"), null, null, CancellationToken.None));
    }

    [Fact]
    public async Task Work_started_from_an_issue_names_the_branch_after_it_and_says_fixes()
    {
        using var remotes = Contribution();
        remotes.AddForkRemote();
        var request = Request(remotes) with { IssueNumber = 123, IssueTitle = "Document the Trainer's arguments: warmup_steps, etc.!" };

        var plan = await Drafter.PlanAsync(request, host: null, CancellationToken.None);

        Assert.Equal("docs/issue-123-document-the-trainer-s-arguments-warmup-steps", plan.Branch);
        Assert.Contains("\nFixes #123\n", plan.Body);
    }

    [Fact]
    public async Task Chosen_unrelated_files_are_included_and_an_existing_branch_name_is_not_reused()
    {
        using var remotes = Contribution();
        remotes.AddForkRemote();
        remotes.Work("branch", ExpectedBranch);

        var plan = await Drafter.PlanAsync(Request(remotes) with { Files = ["src/trainer.py", "notes.txt"] }, host: null, CancellationToken.None);
        var outcome = await Execute(plan);

        Assert.Equal(ExpectedBranch + "-2", plan.Branch);
        Assert.Equal(["setup.py"], plan.Unrelated.Select(f => f.Path));
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Steps));
        Assert.Equal("notes.txt\nsrc/trainer.py", remotes.Work("show", "--format=", "--name-only", "HEAD"));
    }

    [Fact]
    public async Task Earlier_commits_that_go_along_are_shown_and_an_up_to_date_branch_has_no_such_note()
    {
        using var remotes = Contribution();
        remotes.AddForkRemote();
        var upToDate = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);
        remotes.Work("switch", "-q", "-c", "my-work");
        remotes.Work("commit", "-q", "-m", "Bump the version", "--", "setup.py");
        var bump = remotes.Work("rev-parse", "--short", "HEAD");

        var plan = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);

        Assert.DoesNotContain(upToDate.Notes, note => note.Contains("earlier commit", StringComparison.Ordinal));
        Assert.Contains($"1 earlier commit(s) not on upstream/main go into the pull request too (start from an up-to-date upstream/main to leave them out): {bump} Bump the version", plan.Notes);
    }

    [Fact]
    public async Task Documentation_fixes_still_open_in_the_changed_files_are_offered_for_the_same_pull_request()
    {
        using var remotes = new Remotes();
        remotes.Write("src/trainer.py", Trainer);
        remotes.Write("src/helpers.py", "\"\"\"Helpers.\"\"\"\n\n\ndef first(x):\n    return x\n\n\ndef second(y):\n    return y\n");
        remotes.Publish("initial");
        remotes.Write("src/trainer.py", DocumentedTrainer);
        remotes.Write("src/helpers.py", "\"\"\"Helpers.\"\"\"\n\n\ndef first(x):\n    \"\"\"Return x.\"\"\"\n    return x\n\n\ndef second(y):\n    return y\n");

        var plan = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);

        Assert.Equal(["src/helpers.py", "src/trainer.py"], plan.Included.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal(
            "2 files with documentation changes (2 symbol(s) documented) go into one pull request; choose files to split them; "
            + "1 more small documentation fix(es) in the changed files could go into this pull request (src/helpers.py: 1); make them before confirming to send one pull request instead of several",
            plan.Bundle);
    }

    [Fact]
    public async Task On_the_clones_own_default_branch_a_branch_is_created_even_when_the_upstream_uses_another()
    {
        using var remotes = Contribution();
        remotes.AddForkRemote();
        remotes.Work("branch", "-q", "-m", "master");

        var plan = await Drafter.PlanAsync(Request(remotes) with { BaseBranch = "main" }, host: null, CancellationToken.None);

        Assert.True(plan.CreatesBranch);
        Assert.Equal(ExpectedBranch, plan.Branch);
    }

    [Fact]
    public async Task On_a_feature_branch_no_branch_is_created()
    {
        using var remotes = Contribution();
        remotes.AddForkRemote();
        remotes.Work("switch", "-q", "-c", "my-work");

        var plan = await Drafter.PlanAsync(Request(remotes), host: null, CancellationToken.None);
        var outcome = await Execute(plan);

        Assert.False(plan.CreatesBranch);
        Assert.Equal("huggingface/transformers:main ← ada/transformers:my-work", plan.Target);
        Assert.Equal((DraftStepKind.CreateBranch, StepStatus.Skipped), (outcome.Steps[1].Kind, outcome.Steps[1].Status));
        Assert.Equal(outcome.CommitId, remotes.Git(remotes.ForkPath, "rev-parse", "refs/heads/my-work"));
    }

    [Fact]
    public async Task Pushing_to_the_upstream_happens_only_when_chosen()
    {
        using var remotes = Contribution();
        remotes.AddForkRemote();
        var plan = await Drafter.PlanAsync(Request(remotes) with { PushToUpstream = true }, host: null, CancellationToken.None);

        var outcome = await Execute(plan);

        Assert.Equal($"huggingface/transformers:main ← huggingface/transformers:{ExpectedBranch}", plan.Target);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Steps));
        Assert.Equal(outcome.CommitId, remotes.Git(remotes.UpstreamPath, "rev-parse", $"refs/heads/{ExpectedBranch}"));
        Assert.Equal("", remotes.Refs(remotes.ForkPath));
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the UI's order is what is tested here.</summary>
    private sealed class SynchronousProgress(List<DraftStep> steps) : IProgress<DraftStep>
    {
        public void Report(DraftStep value) => steps.Add(value);
    }
}
