using System.Text.Json;
using ClawDev.GitHub.Git;
using ClawDev.Server.Cli;
using ClawDev.Server.Reports;
using ClawDev.Server.Tests.TestSupport;

namespace ClawDev.Server.Tests.Cli;

/// <summary>In a git repository the files come from git itself: what .gitignore hides is never scanned.</summary>
public class GitRepositoryScanTests
{
    [Fact]
    public void Ignored_files_are_not_scanned_and_tracked_ones_are()
    {
        using var repository = Fixture.Copy("clean-repo");
        var git = new GitCli();
        void Git(params string[] args) => Assert.Equal(0, git.Run(repository.Path, args, CancellationToken.None).ExitCode);
        Git("init", "-q", "-b", "main");
        repository.Write(".gitignore", "generated/\n*_local.py\n");
        repository.Write("generated/out.py", "def undocumented():\n    pass\n");
        repository.Write("lib/scratch_local.py", "def undocumented():\n    pass\n");
        repository.Write("lib/untracked.py", "\"\"\"Untracked but not ignored.\"\"\"\n");
        Git("add", "-A");

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "scan", repository.Path, "--format", "json");

        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("git ls-files", json.GetProperty("listedBy").GetString());
        Assert.Equal(
            ["lib/__init__.py", "lib/untracked.py"],
            json.GetProperty("coverage").GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("path").GetString()));
        Assert.Equal(ExitCodes.Clean, run.ExitCode);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Scanning_runs_no_command_the_repository_configures()
    {
        using var repository = Fixture.Copy("clean-repo");
        using var fsmonitor = new ClawDev.TestSupport.CommandTrap();
        var git = new GitCli();
        void Git(params string[] args) => Assert.Equal(0, git.Run(repository.Path, args, CancellationToken.None).ExitCode);
        Git("init", "-q", "-b", "main");
        Git("config", "core.fsmonitor", fsmonitor.Command);

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "scan", repository.Path, "--format", "json");

        Assert.Equal("git ls-files", JsonDocument.Parse(run.Output).RootElement.GetProperty("listedBy").GetString());
        Assert.False(fsmonitor.Ran);
    }
}
