using System.Runtime.Versioning;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.Issues;
using ClawDev.GitHub.PullRequests;
using ClawDev.GitHub.Tests.PullRequests;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Tests.Git;

/// <summary>
/// Branch and remote names that look like git options (a branch can be made so with <c>git update-ref</c>, a remote
/// with <c>git config</c>) never reach git as options: with <c>push.default=current</c> the old
/// <c>git push --set-upstream fork --receive-pack=…</c> ran the command.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class OptionLookalikeNamesTests
{
    private const string Injected = "--receive-pack=touch${IFS}pwned";

    private static readonly RepositoryId Upstream = new(RepositoryId.PublicHost, "octokit-fixture-org", "hello-world");

    private static Remotes OnInjectedBranch()
    {
        var remotes = new Remotes();
        remotes.Write("tinylib/text.py", "def shout(text):\n    return text\n");
        remotes.Publish("tinylib");
        remotes.AddForkRemote();
        remotes.Work("config", "push.default", "current");
        remotes.Work("update-ref", $"refs/heads/{Injected}", "HEAD");
        remotes.Work("symbolic-ref", "HEAD", $"refs/heads/{Injected}");
        remotes.Write("tinylib/text.py", "def shout(text):\n    \"\"\"Shout.\"\"\"\n    return text\n");
        return remotes;
    }

    private static bool CommandRan(Remotes remotes) =>
        Directory.EnumerateFiles(remotes.Root.Path, "pwned", SearchOption.AllDirectories).Any();

    [Fact]
    public void A_branch_named_like_an_option_is_refused_by_the_push_and_runs_no_command()
    {
        using var remotes = OnInjectedBranch();

        var refused = Assert.Throws<OptionLikeNameException>(() => GitPusher.Push(new GitSession(new GitCli(), remotes.WorkTree), "fork", Injected, CancellationToken.None));

        Assert.Contains($"'{Injected}' starts with '-'", refused.Message);
        Assert.False(CommandRan(remotes));
        Assert.Equal("", remotes.Refs(remotes.ForkPath));
    }

    [Fact]
    public async Task Drafting_a_pull_request_from_a_branch_named_like_an_option_is_refused_with_a_message()
    {
        using var remotes = OnInjectedBranch();

        var refused = await Assert.ThrowsAsync<OptionLikeNameException>(() =>
            new PullRequestDrafter().PlanAsync(new PullRequestRequest(remotes.WorkTree, Upstream) { Login = "ada" }, host: null, CancellationToken.None));

        Assert.Contains($"The current branch '{Injected}' starts with '-'", refused.Message);
        Assert.Contains("git branch -m", refused.Message);
        Assert.False(CommandRan(remotes));
    }

    [Fact]
    public void The_retry_command_of_a_failed_push_ends_the_options_before_the_remote_and_names_the_full_ref()
    {
        using var remotes = new Remotes();
        remotes.Write("a.py", "x = 1\n");
        remotes.Publish("initial");
        remotes.Work("switch", "-q", "-c", "+docs/x");
        remotes.Work("remote", "add", "fork", remotes.Root.Combine("missing.git"));

        var result = GitPusher.Push(new GitSession(new GitCli(), remotes.WorkTree), "fork", "+docs/x", CancellationToken.None);

        Assert.False(result.Succeeded);
        // A '+' in front of a refspec would force the push; as a full ref it is only a name.
        Assert.Equal("git push --set-upstream -- fork refs/heads/+docs/x", result.RetryCommand);
    }

    [Fact]
    public async Task Starting_work_from_a_remote_named_like_an_option_fetches_from_it_and_runs_no_command()
    {
        using var remotes = new Remotes();
        remotes.Write("tinylib/text.py", "def shout(text):\n    return text\n");
        remotes.Publish("tinylib");
        const string remote = "--upload-pack=touch${IFS}pwned";
        remotes.Work("config", $"remote.{remote}.url", remotes.UpstreamUrl);
        var upstream = new UpstreamLocation(Upstream, UpstreamOriginKind.Remote, $"remote '{remote}'") { UpstreamRemote = remote };

        var started = await StartWorking.StartAsync(new GitSession(new GitCli(), remotes.WorkTree), upstream, api: null, 12, "Document shout", CancellationToken.None);

        Assert.False(CommandRan(remotes));
        Assert.Equal("docs/issue-12-document-shout", remotes.Work("branch", "--show-current"));
        Assert.Equal(remotes.Work("rev-parse", "upstream/main"), remotes.Work("rev-parse", "HEAD"));
        Assert.Equal($"{remote}/main", started.Base);
    }
}
