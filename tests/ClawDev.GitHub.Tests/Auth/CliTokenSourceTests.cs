using ClawDev.GitHub.Auth;
using ClawDev.TestSupport;

namespace ClawDev.GitHub.Tests.Auth;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CliTokenSourceTests
{
    private static CliTokenSource With(Dictionary<string, string> environment, double ghTimeoutSeconds = 5) =>
        new(name => environment.GetValueOrDefault(name), TimeSpan.FromSeconds(ghTimeoutSeconds));

    /// <summary>A folder holding a fake `gh` (a shell script) to put on PATH.</summary>
    private static TemporaryDirectory FakeGh(string script)
    {
        var folder = new TemporaryDirectory();
        ExecutableFile.Write(folder.Combine("gh"), "#!/bin/sh\n" + script + "\n");
        return folder;
    }

    [Fact]
    public void GITHUB_TOKEN_comes_before_GH_TOKEN()
    {
        var token = With(new() { ["GITHUB_TOKEN"] = "first", ["GH_TOKEN"] = "second" }).Find("github.com");

        Assert.Equal("GITHUB_TOKEN", token?.Source);
    }

    [Fact]
    public void GH_TOKEN_is_used_when_GITHUB_TOKEN_is_empty()
    {
        var token = With(new() { ["GITHUB_TOKEN"] = " ", ["GH_TOKEN"] = "second", ["PATH"] = "" }).Find("github.com");

        Assert.Equal("GH_TOKEN", token?.Source);
    }

    [Fact]
    public void gh_auth_token_is_asked_for_the_host_when_gh_is_on_PATH()
    {
        using var folder = FakeGh("""[ "$1 $2 $3 $4" = "auth token --hostname ghe.example.com" ] && echo gho_fromgh && exit 0; exit 1""");

        var token = With(new() { ["PATH"] = folder.Path }).Find("ghe.example.com");

        Assert.Equal("gh auth token", token?.Source);
        Assert.Equal("GitHub token from gh auth token", token?.ToString());
    }

    [Fact]
    public void A_failing_gh_means_no_token()
    {
        using var folder = FakeGh("echo 'no oauth token found for github.com' >&2; exit 1");

        Assert.Null(With(new() { ["PATH"] = folder.Path }).Find("github.com"));
    }

    [Fact]
    public void A_gh_that_hangs_is_stopped_after_the_timeout()
    {
        using var folder = FakeGh("sleep 30; echo late");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        Assert.Null(With(new() { ["PATH"] = folder.Path }, ghTimeoutSeconds: 0.5).Find("github.com"));
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Without_variables_or_gh_there_is_no_token()
    {
        using var empty = new TemporaryDirectory();

        Assert.Null(With(new() { ["PATH"] = empty.Path }).Find("github.com"));
    }

    [Fact]
    public void The_value_never_shows_in_its_text()
    {
        var token = new GitHubToken("ghp_secretvalue", "GITHUB_TOKEN");

        Assert.Equal("GitHub token from GITHUB_TOKEN", token.ToString());
        Assert.Equal("GitHub token from GITHUB_TOKEN", $"{token}");
        var display = (System.Diagnostics.DebuggerDisplayAttribute)Attribute.GetCustomAttribute(typeof(GitHubToken), typeof(System.Diagnostics.DebuggerDisplayAttribute))!;
        Assert.DoesNotContain("Value", display.Value);
    }
}
