using System.Runtime.Versioning;
using ClawDev.GitHub.Git;
using ClawDev.TestSupport;

namespace ClawDev.GitHub.Tests.Git;

public class GitStatusTests
{
    [Fact]
    public void Reads_every_kind_of_change_from_real_git()
    {
        using var repository = new GitRepository();
        repository.Write("kept.py", "a = 1\n");
        repository.Write("old name.py", "b = 2\n");
        repository.Write("gone.py", "c = 3\n");
        repository.Write("staged.py", "d = 4\n");
        repository.CommitAll("initial");
        repository.Write("kept.py", "a = 10\n");
        repository.Git("mv", "old name.py", "new name.py");
        File.Delete(Path.Combine(repository.Path, "gone.py"));
        repository.Write("staged.py", "d = 40\n");
        repository.Git("add", "staged.py");
        repository.Write("dir/ünïcödé.py", "e = 5\n");
        var git = new GitSession(new GitCli(), repository.Path);

        var entries = GitStatus.Read(git, CancellationToken.None);

        Assert.Equal(
            [
                ("gone.py", null, GitChangeKind.Deleted),
                ("kept.py", null, GitChangeKind.Modified),
                ("new name.py", "old name.py", GitChangeKind.Renamed),
                ("staged.py", null, GitChangeKind.Modified),
                ("dir/ünïcödé.py", null, GitChangeKind.Untracked),
            ],
            entries.Select(e => (e.Path, e.OriginalPath, e.Kind)));
        Assert.Equal(
            ["gone.py +0 -1", "kept.py +1 -1", "new name.py +1 -0", "staged.py +1 -1", "dir/ünïcödé.py +1 -0"],
            GitDiffStats.Read(git, entries, CancellationToken.None).Select(s => s.ToString()));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Reading_the_changes_runs_no_filter_driver_the_repository_configures()
    {
        using var repository = new GitRepository();
        using var clean = new CommandTrap();
        using var process = new CommandTrap();
        repository.Write("kept.py", "a = 1\n");
        repository.CommitAll("initial");
        repository.Write("kept.py", "a = 10\n");
        // A driver's name may hold '=', which a "-c" argument could not carry; a required driver without a command fails.
        File.WriteAllText(Path.Combine(repository.Path, ".git/info/attributes"), "*.py filter=trap=1\n");
        repository.Git("config", "filter.trap=1.clean", clean.Command);
        repository.Git("config", "filter.trap=1.process", process.Command);
        repository.Git("config", "filter.trap=1.required", "true");
        var git = new GitSession(new GitCli(), repository.Path);

        var entries = GitStatus.Read(git, CancellationToken.None);
        var stats = GitDiffStats.Read(git, entries, CancellationToken.None);

        Assert.Equal(["kept.py +1 -1"], stats.Select(s => s.ToString()));
        Assert.False(clean.Ran);
        Assert.False(process.Ran);
    }
}
