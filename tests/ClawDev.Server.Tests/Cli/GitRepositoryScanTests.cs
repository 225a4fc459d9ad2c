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
    public void A_file_named_on_the_command_line_is_scanned_even_where_git_ignores_it()
    {
        // six.py in an installed site-packages: the nearest repository (pyenv's own clone) ignores it, and the scan
        // found nothing, silently.
        using var repository = Fixture.Copy("clean-repo");
        var git = new GitCli();
        void Git(params string[] args) => Assert.Equal(0, git.Run(repository.Path, args, CancellationToken.None).ExitCode);
        Git("init", "-q", "-b", "main");
        // No package: every Python file there counts as library code, as in pyenv's clone.
        File.Delete(Path.Combine(repository.Path, "pyproject.toml"));
        Directory.Delete(Path.Combine(repository.Path, "lib"), recursive: true);
        repository.Write(".gitignore", "versions/\n");
        repository.Write("versions/six.py", "\"\"\"Six.\"\"\"\n\n\ndef undocumented():\n    pass\n");
        Git("add", "-A");

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "scan", Path.Combine(repository.Path, "versions", "six.py"), "--format", "json");

        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(1, json.GetProperty("files").GetProperty("analysed").GetInt32());
        var finding = Assert.Single(json.GetProperty("findings").EnumerateArray());
        Assert.Equal(("versions/six.py", "D103"), (finding.GetProperty("path").GetString(), finding.GetProperty("code").GetString()));
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
