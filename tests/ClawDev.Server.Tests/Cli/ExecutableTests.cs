using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClawDev.Core.Workspace;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.Tests.Loopback;
using ClawDev.Server.Cli;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Cli;

/// <summary>The clawdev executable (the build <see cref="ClawDevExecutable"/> names), started as its own process: real exit codes, real stdout and stderr.</summary>
public class ExecutableTests
{
    private static ClawDevProcess RunClawDev(params string[] args) => ClawDevProcess.Run(null, start => start, args);

    private static ClawDevProcess RunClawDevIn(string? workingDirectory, params string[] args) => ClawDevProcess.Run(workingDirectory, start => start, args);

    [Fact]
    public void ScansAFixtureAndExitsWithOneForFindings()
    {
        using var repository = Fixture.Copy("sample-repo");

        var run = RunClawDev("scan", repository.Path, "--format", "json");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal("", run.Error);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(repository.Path, json.GetProperty("root").GetString());
        Assert.NotEqual(0, json.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Files_are_scanned_alone_judged_by_the_current_directorys_configuration_as_pre_commit_passes_them()
    {
        using var repository = new ClawDev.TestSupport.TemporaryDirectory();
        repository.Write("pyproject.toml", "[tool.ruff.lint]\nselect = [\"D103\"]\n\n[tool.ruff]\nextend-exclude = [\"vendored.py\"]\n");
        repository.Write("staged.py", "\"\"\"Module.\"\"\"\n\n\ndef staged():\n    pass\n\n\nclass Quiet:\n    pass\n");
        repository.Write("other.py", "def other():\n    pass\n");
        repository.Write("vendored.py", "def vendored():\n    pass\n");

        var run = RunClawDevIn(repository.Path, "scan", "--format", "json", "staged.py", "vendored.py");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        var findings = JsonDocument.Parse(run.Output).RootElement.GetProperty("findings").EnumerateArray()
            .Select(finding => $"{finding.GetProperty("path").GetString()} {finding.GetProperty("code").GetString()} {finding.GetProperty("symbol").GetString()}");
        // Only staged.py: other.py was not given, vendored.py is excluded by the configuration, D101 is not selected.
        Assert.Equal(["staged.py D103 staged"], findings);
    }

    [Fact]
    public void AMissingPathExitsWithTwoAndOneLineOnStandardError()
    {
        var run = RunClawDev("scan", "/nonexistent/clawdev/repo");

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal("clawdev: no such directory: /nonexistent/clawdev/repo\n", run.Error);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AFolderThatCannotBeReadIsNotedAndTheRestIsScanned(bool inGitRepository)
    {
        using var tree = new TemporaryDirectory();
        tree.Write("a/m.py", "def f(x):\n    pass\n");
        tree.Write("locked/m.py", "def f(x):\n    pass\n");
        tree.Write("z/m.py", "def f(x):\n    pass\n");
        if (inGitRepository)
        {
            Assert.Equal(0, new GitCli().Run(tree.Path, ["init", "-q"], CancellationToken.None).ExitCode);
        }
        using var locked = FilePermissions.Lock(tree.Combine("locked"));

        var run = ClawDevProcess.Run(null, FilePermissions.Enforced, "scan", tree.Path, "--format", "json");

        Assert.Equal("", run.Error);
        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(inGitRepository ? "git ls-files" : DirectoryWalker.MethodName, json.GetProperty("listedBy").GetString());
        Assert.Equal(["a/m.py", "z/m.py"], json.GetProperty("coverage").GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("path").GetString()));
        var note = Assert.Single(json.GetProperty("notes").EnumerateArray(), note => note.GetProperty("kind").GetString() == "listing");
        Assert.Equal("locked/", note.GetProperty("path").GetString());
        Assert.StartsWith(DirectoryWalker.UnreadableDirectoryNote + ": ", note.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Issues_come_from_GitHub_and_from_the_cache_when_GitHub_rate_limits()
    {
        // Octokit's JSON, the HTTP stack and the SQLite cache (a native library) in the build that ships.
        await using var scenario = new GitHubScenario();
        using var cache = new TemporaryDirectory();
        ProcessStartInfo CachedWithoutToken(ProcessStartInfo start)
        {
            start.Environment["CLAWDEV_CACHE_DIR"] = cache.Path;
            start.Environment.Remove("GITHUB_TOKEN");
            start.Environment.Remove("GH_TOKEN");
            return start;
        }
        string[] issues = ["issues", scenario.Repository.Path, "--api-url", scenario.ApiUrl, "--file", "tinylib/text.py", "--format", "json"];

        var fresh = ClawDevProcess.Run(scenario.Repository.Path, CachedWithoutToken, issues);
        scenario.RateLimitEverything(DateTimeOffset.UtcNow.AddMinutes(20));
        var cached = ClawDevProcess.Run(scenario.Repository.Path, CachedWithoutToken, issues);

        Assert.True(fresh.ExitCode == ExitCodes.Clean && fresh.Error == "", $"exit code {fresh.ExitCode}: {fresh.Error}");
        var first = JsonNode.Parse(fresh.Output)!;
        Assert.Equal("octokit-fixture-org/hello-world", (string?)first["upstream"]!["fullName"]);
        Assert.Equal([12, 13], first["items"]!.AsArray().Select(item => (int)item!["number"]!));
        Assert.Contains("mentions tinylib/text.py", first["items"]![0]!["reasons"]!.AsArray().Select(reason => (string?)reason));
        Assert.Equal("octokit-fixture-user-a", (string?)first["items"]![1]!["claims"]![0]!["by"]);
        Assert.Null(first["cachedAgeSeconds"]);
        var second = JsonNode.Parse(cached.Output)!;
        Assert.Equal([12, 13], second["items"]!.AsArray().Select(item => (int)item!["number"]!));
        Assert.InRange((long)second["cachedAgeSeconds"]!, 0, 120);
    }

    [Fact]
    public void PrintsItsVersion()
    {
        var run = RunClawDev("--version");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.Equal("0.1.0\n", run.Output);
    }
}
