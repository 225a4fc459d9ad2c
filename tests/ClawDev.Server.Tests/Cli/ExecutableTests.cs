using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClawDev.GitHub.Tests.Loopback;
using ClawDev.Server.Cli;
using ClawDev.Server.Tests.TestSupport;

namespace ClawDev.Server.Tests.Cli;

/// <summary>The clawdev executable (the build <see cref="ClawDevExecutable"/> names), started as its own process: real exit codes, real stdout and stderr.</summary>
public class ExecutableTests
{
    private sealed record ProcessRun(int ExitCode, string Output, string Error);

    private static ProcessRun RunClawDev(params string[] args) => RunClawDevIn(null, args);

    private static ProcessRun RunClawDevIn(string? workingDirectory, params string[] args) => RunClawDevWith(workingDirectory, new Dictionary<string, string?>(), args);

    /// <param name="environment">Variables to set (a null value removes the variable) on top of this process's.</param>
    private static ProcessRun RunClawDevWith(string? workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var startInfo = ClawDevExecutable.StartInfo(args);
        startInfo.WorkingDirectory = workingDirectory ?? "";
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }
        using var process = Process.Start(startInfo)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "clawdev did not finish within a minute");
        return new ProcessRun(process.ExitCode, output.Result, error.Result);
    }

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

    [Fact]
    public async Task Issues_come_from_GitHub_and_from_the_cache_when_GitHub_rate_limits()
    {
        // Octokit's JSON, the HTTP stack and the SQLite cache (a native library) in the build that ships.
        await using var scenario = new GitHubScenario();
        using var cache = new ClawDev.TestSupport.TemporaryDirectory();
        var environment = new Dictionary<string, string?> { ["CLAWDEV_CACHE_DIR"] = cache.Path, ["GITHUB_TOKEN"] = null, ["GH_TOKEN"] = null };
        string[] issues = ["issues", scenario.Repository.Path, "--api-url", scenario.ApiUrl, "--file", "tinylib/text.py", "--format", "json"];

        var fresh = RunClawDevWith(scenario.Repository.Path, environment, issues);
        scenario.RateLimitEverything(DateTimeOffset.UtcNow.AddMinutes(20));
        var cached = RunClawDevWith(scenario.Repository.Path, environment, issues);

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
