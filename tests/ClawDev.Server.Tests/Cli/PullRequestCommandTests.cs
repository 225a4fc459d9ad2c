using System.Text;
using System.Text.Json;
using ClawDev.Server.Cli;
using ClawDev.Server.Reports;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Cli;

/// <summary>`clawdev pr` in process, with real git (bare upstream and fork) and the loopback GitHub.</summary>
public sealed class PullRequestCommandTests
{
    private const string Target = $"octokit-fixture-org/hello-world:main ← octokit-fixture-user-a/hello-world:{GitHubContribution.Branch}";

    /// <summary>Where no server listens: GitHub cannot be reached.</summary>
    private const string OfflineApiUrl = "http://127.0.0.1:9/";

    private static CliRun Pr(GitHubContribution contribution, bool token, string? input = null, bool terminal = false, params string[] options) =>
        Pr(contribution, contribution.GitHub.BaseUri.AbsoluteUri, token, input, terminal, options);

    private static CliRun Pr(GitHubContribution contribution, string apiUrl, bool token, string? input = null, bool terminal = false, params string[] options)
    {
        using var cache = new TemporaryDirectory();
        var variables = new Dictionary<string, string>
        {
            ["CLAWDEV_CACHE_DIR"] = cache.Path,
        };
        if (token)
        {
            variables["GITHUB_TOKEN"] = GitHubContribution.Token;
        }
        using var output = new MemoryStream();
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(input ?? ""));
        var error = new StringWriter();
        string[] args = ["pr", contribution.WorkTree, "--api-url", apiUrl, "--issue", "13", .. options];
        var exitCode = ClawDevCli.Run(args, new CliStreams(output, error, () => stdin), RuleCatalog.Builtin(), CancellationToken.None,
            new CliEnvironment(name => variables.GetValueOrDefault(name), terminal));
        var run = new CliRun(exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
        Assert.DoesNotContain(GitHubContribution.Token, run.Output + run.Error);
        return run;
    }

    [Fact]
    public async Task A_dry_run_shows_the_exact_target_files_checklist_title_and_body_and_changes_nothing()
    {
        await using var contribution = new GitHubContribution("# Contributing\n\nEvery commit must be signed off (`git commit -s`), as the DCO asks.\n");
        var status = contribution.Status();

        var run = Pr(contribution, token: true, options: "--dry-run");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains($"  target:   {Target}\n", run.Output);
        Assert.Contains("  upstream: octokit-fixture-org/hello-world (remote 'upstream')\n", run.Output);
        Assert.Contains("\nFiles:\n  tinylib/greeter.py  +5 -0     documents 1 symbol(s)\n", run.Output);
        Assert.Contains("\nLeft out, not documentation (add one with --include PATH):\n  setup.py  +1 -0     new Python file\n", run.Output);
        Assert.Contains("  [pass    ] DCO sign-off: the commit is signed off: Signed-off-by: Ada Lovelace <ada@example.org>\n"
            + "             CONTRIBUTING.md:3: \"Every commit must be signed off (`git commit -s`), as the DCO asks.\"\n", run.Output);
        Assert.Contains("\nTitle: docs: add a docstring to `greet`\n", run.Output);
        Assert.Contains("\nBody:\n  ## What does this PR do?\n", run.Output);
        Assert.Contains("\n  Fixes #13\n", run.Output);
        Assert.EndsWith("Dry run: nothing was changed or sent.\n", run.Output);
        Assert.Equal(status, contribution.Status());
        Assert.Equal("main", contribution.Remotes.Work("branch", "--show-current"));
        Assert.Equal("", contribution.ForkRefs());
        Assert.Equal(["GET /repos/octokit-fixture-org/hello-world", "GET /user"], contribution.Calls());
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_dry_run_runs_no_command_the_repository_configures()
    {
        await using var contribution = new GitHubContribution();
        using var fsmonitor = new CommandTrap();
        using var hook = new CommandTrap();
        using var cleanFilter = new CommandTrap();
        using var uploadPack = new CommandTrap();
        contribution.Remotes.Work("config", "core.fsmonitor", fsmonitor.Command);
        // git status refreshes the index when it can and then runs this hook.
        contribution.Remotes.Work("config", "core.hooksPath", hook.HooksPath("post-index-change"));
        File.SetLastWriteTimeUtc(Path.Combine(contribution.WorkTree, "tinylib/greeter.py"), DateTime.UtcNow.AddMinutes(1));
        // git diff runs the clean filter the attributes name on a file it compares with the index.
        File.WriteAllText(Path.Combine(contribution.WorkTree, ".git/info/attributes"), "*.py filter=trap\n");
        contribution.Remotes.Work("config", "filter.trap.clean", cleanFilter.Command);
        // Without a recorded default branch the plan asks the upstream with ls-remote, which runs the remote's
        // upload-pack command on this machine when the remote is local.
        contribution.Remotes.Work("remote", "set-head", "upstream", "--delete");
        contribution.Remotes.Work("config", $"url.{contribution.Remotes.UpstreamUrl}.insteadOf", GitHubContribution.UpstreamUrl);
        contribution.Remotes.Work("config", "remote.upstream.uploadpack", uploadPack.Command);

        var run = Pr(contribution, token: true, options: "--dry-run");

        Assert.False(fsmonitor.Ran);
        Assert.False(hook.Ran);
        Assert.False(cleanFilter.Ran);
        Assert.False(uploadPack.Ran);
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains($"  target:   {Target}\n", run.Output);
        Assert.Contains("\nFiles:\n  tinylib/greeter.py  +5 -0     documents 1 symbol(s)\n", run.Output);
    }

    [Theory]
    [InlineData(new string[0], "  AI assistance: none; no AI tools were used for this change.\n", "[pass    ] no AI-generated contributions: the change is not marked as AI-assisted")]
    [InlineData(new[] { "--ai-assisted", "Copilot suggested the docstring wording." }, "  AI assistance: Copilot suggested the docstring wording.\n", "[BLOCKING] no AI-generated contributions: the change is marked as AI-assisted")]
    public async Task The_ai_disclosure_says_what_the_user_declared_and_a_repository_refusing_ai_work_blocks_it(string[] declared, string disclosure, string check)
    {
        await using var contribution = new GitHubContribution(
            "# Contributing\n\nWe do not accept contributions generated by AI tools.\nYou must disclose any use of AI in the pull request.\n");

        var run = Pr(contribution, token: true, options: ["--dry-run", .. declared]);

        Assert.Contains(disclosure, run.Output);
        Assert.Contains(check, run.Output);
    }

    [Fact]
    public async Task A_branch_named_like_an_option_is_refused_with_what_to_do_and_no_pointer_to_the_usage()
    {
        await using var contribution = new GitHubContribution();
        contribution.Remotes.Work("update-ref", "refs/heads/--receive-pack=touch${IFS}pwned", "HEAD");
        contribution.Remotes.Work("symbolic-ref", "HEAD", "refs/heads/--receive-pack=touch${IFS}pwned");

        var run = Pr(contribution, token: true, options: "--dry-run");

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Contains("clawdev: The current branch '--receive-pack=touch${IFS}pwned' starts with '-'", run.Error);
        Assert.Contains("git branch -m NEW-NAME", run.Error);
        Assert.DoesNotContain("for usage", run.Error);
        Assert.False(File.Exists(Path.Combine(contribution.WorkTree, "pwned")));
    }

    [Fact]
    public async Task With_yes_the_branch_goes_to_the_fork_and_the_draft_pull_request_is_opened()
    {
        await using var contribution = new GitHubContribution();

        var run = Pr(contribution, token: true, options: "--yes");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains($"  branch: done: created {GitHubContribution.Branch} from main\n", run.Output);
        Assert.Contains($"  push: done: pushed {GitHubContribution.Branch} to fork\n", run.Output);
        Assert.EndsWith("\nDraft pull request: https://github.com/octokit-fixture-org/hello-world/pull/21\n", run.Output);
        Assert.Contains($"refs/heads/{GitHubContribution.Branch} ", contribution.ForkRefs());
        Assert.Equal(contribution.UpstreamRefs, contribution.Remotes.Refs(contribution.Remotes.UpstreamPath));
        Assert.Equal("?? setup.py", contribution.Status());
        var pull = Assert.Single(contribution.GitHub.RequestsTo("/repos/octokit-fixture-org/hello-world/pulls"));
        Assert.Equal($"Bearer {GitHubContribution.Token}", pull.Header("Authorization"));
        using var sent = JsonDocument.Parse(pull.Body);
        Assert.Equal($"octokit-fixture-user-a:{GitHubContribution.Branch}", sent.RootElement.GetProperty("head").GetString());
        Assert.Contains("\nFixes #13\n", sent.RootElement.GetProperty("body").GetString());
    }

    [Fact]
    public async Task Without_a_token_the_local_steps_and_the_push_happen_and_the_compare_url_is_printed()
    {
        await using var contribution = new GitHubContribution();

        var run = Pr(contribution, token: false, options: "--yes");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains("no GitHub token (GITHUB_TOKEN, GH_TOKEN or `gh auth login`)", run.Output);
        Assert.Contains("\nOpen this page to create the draft pull request:\n"
            + $"  https://github.com/octokit-fixture-org/hello-world/compare/main...octokit-fixture-user-a:{GitHubContribution.Branch}?expand=1&title=docs%3A%20add%20a%20docstring%20to%20%60greet%60&body=", run.Output);
        Assert.Contains($"refs/heads/{GitHubContribution.Branch} ", contribution.ForkRefs());
        Assert.DoesNotContain(contribution.GitHub.Requests, r => r.Method == "POST" || r.Header("Authorization") is not null);
    }

    [Fact]
    public async Task Offline_with_a_token_every_local_step_and_the_push_happen_the_compare_url_is_printed_and_it_exits_0()
    {
        await using var contribution = new GitHubContribution();

        var run = Pr(contribution, OfflineApiUrl, token: true, options: "--yes");

        Assert.Contains($"  push: done: pushed {GitHubContribution.Branch} to fork\n", run.Output);
        Assert.Contains("  pull request: skipped: GitHub cannot be reached: open the prefilled compare URL to create the pull request\n", run.Output);
        Assert.Contains("\nOpen this page to create the draft pull request:\n"
            + $"  https://github.com/octokit-fixture-org/hello-world/compare/main...octokit-fixture-user-a:{GitHubContribution.Branch}?expand=1", run.Output);
        Assert.Contains($"refs/heads/{GitHubContribution.Branch} ", contribution.ForkRefs());
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
    }

    public static TheoryData<string, string?, string, string> BlockedChanges => new()
    {
        {
            "a typo fix where typo-only pull requests are refused",
            "# Contributing\n\nPull requests that only fix typos will be closed.\n",
            GitHubContribution.TypoFixedGreeter,
            "no typo-only pull requests: the change only touches whitespace, comments or spelling, which this repository does not accept on its own "
                + "(CONTRIBUTING.md:3: \"Pull requests that only fix typos will be closed.\"); bundle it with a change that documents something"
        },
        {
            "the drafter's placeholders left in the added docstring lines",
            null,
            GitHubContribution.PlaceholderGreeter,
            "no draft placeholders: added docstring lines still hold the drafter's TODO placeholders at tinylib/greeter.py:5, tinylib/greeter.py:8: "
                + "write what they stand for, or leave the entries out"
        },
    };

    [Theory]
    [MemberData(nameof(BlockedChanges))]
    public async Task A_blocking_check_stops_with_its_reason_on_stderr_and_exit_code_1(string what, string? contributing, string change, string check)
    {
        await using var contribution = new GitHubContribution(contributing, _ => change);
        var status = contribution.Status();

        var run = Pr(contribution, token: true, options: "--yes");

        Assert.True(ExitCodes.Failed == run.ExitCode, what);
        Assert.Contains($"  [BLOCKING] {check}\n", run.Output);
        Assert.Equal($"clawdev: not drafted: {check}\n", run.Error);
        Assert.Equal(status, contribution.Status());
        Assert.Equal("", contribution.ForkRefs());
        Assert.DoesNotContain(contribution.GitHub.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task Without_a_terminal_and_without_yes_it_stops_after_the_plan_and_says_so()
    {
        await using var contribution = new GitHubContribution();
        var status = contribution.Status();

        var run = Pr(contribution, token: true);

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("Not created: no terminal to confirm on; run again with --yes to create the draft pull request.\n", run.Output);
        Assert.Equal(status, contribution.Status());
        Assert.Equal("", contribution.ForkRefs());
    }

    [Theory]
    [InlineData("n\n", false)]
    [InlineData("\n", false)]
    [InlineData("y\n", true)]
    public async Task At_a_terminal_it_asks_and_only_yes_creates(string answer, bool created)
    {
        await using var contribution = new GitHubContribution();

        var run = Pr(contribution, token: true, input: answer, terminal: true);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Create draft pull request? [y/N] ", run.Error);
        Assert.Equal(created, run.Output.Contains("Draft pull request: https://github.com/octokit-fixture-org/hello-world/pull/21"));
        Assert.Equal(created ? "?? setup.py" : " M tinylib/greeter.py\n?? setup.py", contribution.Status());
    }

    [Fact]
    public async Task Included_files_go_into_the_commit_and_json_reports_the_plan_and_the_execution()
    {
        await using var contribution = new GitHubContribution();

        var run = Pr(contribution, token: false, options: ["--yes", "--include", "setup.py", "--format", "json"]);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        using var report = JsonDocument.Parse(run.Output);
        var plan = report.RootElement.GetProperty("plan");
        Assert.Equal(Target, plan.GetProperty("target").GetString());
        Assert.Equal(["tinylib/greeter.py", "setup.py"], plan.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
        Assert.Empty(plan.GetProperty("unrelated").EnumerateArray());
        var execution = report.RootElement.GetProperty("execution");
        Assert.Equal(["checks", "branch", "commit", "push", "pull request"], execution.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.StartsWith("https://github.com/octokit-fixture-org/hello-world/compare/main...", execution.GetProperty("compareUrl").GetString());
        Assert.Equal("setup.py\ntinylib/greeter.py", contribution.Remotes.Work("show", "--format=", "--name-only", "HEAD"));
        Assert.Equal("", contribution.Status());
    }
}
