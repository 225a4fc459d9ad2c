using ClawDev.GitHub.Git;
using ClawDev.GitHub.Issues;
using ClawDev.GitHub.Tests.PullRequests;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Tests.Issues.Services;

/// <summary>"Start working" with real git: a bare upstream (file://), a contributor's clone of it.</summary>
public sealed class StartWorkingTests
{
    private static readonly UpstreamLocation Upstream = new(new RepositoryId("github.com", "octokit-fixture-org", "hello-world"), UpstreamOriginKind.Setting, "setting");

    private static Remotes Clone()
    {
        var remotes = new Remotes();
        remotes.Write("tinylib/text.py", "def shout(text):\n    return text\n");
        remotes.Publish("tinylib");
        return remotes;
    }

    private static Task<StartedWork> StartAsync(Remotes remotes, int number, string title, UpstreamLocation? upstream = null) =>
        StartWorking.StartAsync(new GitSession(new GitCli(), remotes.WorkTree), upstream ?? Upstream, api: null, number, title, CancellationToken.None);

    [Fact]
    public async Task The_branch_starts_from_the_upstreams_latest_commit_fetched_just_now()
    {
        using var remotes = Clone();
        // Someone else pushes to the upstream after the clone; the branch must start from that commit.
        remotes.Git(remotes.Root.Path, "clone", "-q", remotes.UpstreamUrl, "other");
        var other = remotes.Root.Combine("other");
        File.WriteAllText(Path.Combine(other, "NEWS"), "news\n");
        remotes.Git(other, "add", "NEWS");
        remotes.Git(other, "-c", "user.name=B", "-c", "user.email=b@example.org", "commit", "-q", "-m", "news");
        remotes.Git(other, "push", "-q", "origin", "main");

        var started = await StartAsync(remotes, 12, "Document shout() in tinylib/text.py");

        Assert.Equal("docs/issue-12-document-shout-in-tinylib-text-py", started.Branch);
        Assert.Equal("upstream/main", started.Base);
        Assert.Equal(started.Branch, remotes.Work("branch", "--show-current"));
        Assert.Equal(remotes.Git(other, "rev-parse", "HEAD"), remotes.Work("rev-parse", "HEAD"));
        // Not tracking the upstream: a later `git push` must not go there.
        Assert.Equal(1, new GitCli().Run(remotes.WorkTree, ["config", "--get", $"branch.{started.Branch}.remote"], CancellationToken.None).ExitCode);
    }

    [Fact]
    public async Task The_repositorys_own_branch_names_decide_the_form()
    {
        using var remotes = Clone();
        remotes.Work("branch", "fix/gh-101-typo");
        remotes.Work("branch", "fix/gh-102-links");

        var started = await StartAsync(remotes, 7, "Greeter docs");

        Assert.Equal("docs/gh-7-greeter-docs", started.Branch);
    }

    [Fact]
    public async Task Uncommitted_changes_are_refused_and_nothing_changes()
    {
        using var remotes = Clone();
        remotes.Write("tinylib/text.py", "def shout(text):\n    \"\"\"Shout.\"\"\"\n    return text\n");
        remotes.Write("notes.txt", "untracked files alone would not stop it\n");

        var refused = await Assert.ThrowsAsync<StartWorkingException>(() => StartAsync(remotes, 12, "Document shout"));

        Assert.Equal("Uncommitted changes in tinylib/text.py would be carried over to the new branch. Commit or stash them (`git stash`) first; nothing was changed.", refused.Message);
        Assert.Equal("main", remotes.Work("branch", "--show-current"));
        Assert.Contains("\"\"\"Shout.\"\"\"", File.ReadAllText(Path.Combine(remotes.WorkTree, "tinylib/text.py")));
    }

    [Fact]
    public async Task Without_a_remote_for_the_upstream_it_says_how_to_add_one()
    {
        using var remotes = Clone();
        remotes.Work("remote", "rename", "upstream", "mine");

        var refused = await Assert.ThrowsAsync<StartWorkingException>(() => StartAsync(remotes, 12, "Document shout"));

        Assert.Contains("git remote add upstream https://github.com/octokit-fixture-org/hello-world.git", refused.Message);
    }

    [Fact]
    public async Task An_existing_branch_of_that_name_is_not_overwritten()
    {
        using var remotes = Clone();
        remotes.Work("branch", "docs/issue-12-document-shout");

        var refused = await Assert.ThrowsAsync<StartWorkingException>(() => StartAsync(remotes, 12, "Document shout"));

        Assert.Equal("The branch docs/issue-12-document-shout already exists; switch to it with `git switch docs/issue-12-document-shout`.", refused.Message);
    }
}
