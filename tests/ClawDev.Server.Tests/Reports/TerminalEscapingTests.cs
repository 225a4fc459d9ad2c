using System.Net;
using System.Text.Json.Nodes;
using ClawDev.GitHub.Tests.Loopback;
using ClawDev.Server.Cli;
using ClawDev.Server.Reports;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Reports;

/// <summary>Escape sequences and line breaks from file names, configuration values and GitHub never reach the
/// terminal raw: they are shown escaped, on the line they belong to.</summary>
public class TerminalEscapingTests
{
    // Retitles the terminal window, then clears the screen.
    private const string Hostile = "\u001b]2;pwned\u0007\u001b[2J";
    private const string HostileEscaped = @"\x1b]2;pwned\x07\x1b[2J";

    // Retitles the window and is a valid regular expression, for a setting that shows its value.
    private const string HostilePattern = "\u001b]2;pwned\u0007.*";
    private const string HostilePatternEscaped = @"\x1b]2;pwned\x07.*";

    private static void AssertOnlyLineBreaksAreControlCharacters(string output)
    {
        var control = output.FirstOrDefault(c => (char.IsControl(c) && c != '\n') || c is '\u202e' or '\u2028');
        Assert.True(control == '\0', $"U+{(int)control:X4} reached the terminal: {output}");
    }

    [Fact]
    public void Config_shows_a_hostile_configuration_value_escaped()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("setup.cfg", $"[pydocstyle]\nmatch-dir = {HostilePattern}\nmatch = {Hostile}\n");

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "config", tree.Path);

        AssertOnlyLineBreaksAreControlCharacters(run.Output);
        Assert.Contains($"  match-dir        {HostilePatternEscaped}  (setup.cfg [pydocstyle])\n", run.Output);
        Assert.Contains($"setup.cfg, line 3: [pydocstyle] match is not a valid regular expression (Invalid pattern '\\A(?:{HostileEscaped}$)'", run.Output);
    }

    [Fact]
    public void Scan_shows_hostile_file_names_escaped_and_a_line_break_in_a_name_forges_no_line()
    {
        using var tree = new TemporaryDirectory();
        tree.Write($"evil{Hostile}.py", "x = 1\n");
        tree.Write("two\nD100 forged.py", "x = 1\n");
        tree.Write("setup.cfg", $"[pydocstyle]\nmatch-dir = {HostilePattern}\n");

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "scan", tree.Path);

        AssertOnlyLineBreaksAreControlCharacters(run.Output);
        var lines = run.Output.Split('\n');
        Assert.Contains($"evil{HostileEscaped}.py:1:1: D100 Missing docstring in public module", lines);
        // pydocstyle's default match (like Python's ".") stops at the line break: the file is listed as excluded.
        Assert.Contains(lines, line => line.TrimStart().StartsWith(@"two\nD100 forged.py  excluded by pydocstyle's default match", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.StartsWith("D100 forged.py", StringComparison.Ordinal));
        Assert.Contains($"  match-dir        {HostilePatternEscaped}  (setup.cfg [pydocstyle])", lines);
    }

    [Fact]
    public void A_hostile_directory_name_in_an_error_is_escaped()
    {
        var run = CliRun.Invoke(RuleCatalog.Builtin(), "scan", $"/nonexistent/{Hostile}");

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        AssertOnlyLineBreaksAreControlCharacters(run.Error);
        Assert.Equal($"clawdev: no such directory: /nonexistent/{HostileEscaped}\n", run.Error);
    }

    [Fact]
    public async Task Issues_shows_a_title_with_a_line_break_and_escapes_on_its_own_line()
    {
        await using var scenario = new GitHubScenario();
        using var cache = new TemporaryDirectory();
        var issues = JsonNode.Parse(GitHubFixtures.Body("../e2e/issues.json"))!.AsArray();
        issues[0]!["title"] = $"Document shout()\nclawdev: forged line{Hostile}";
        scenario.Server.Map("GET", "/repos/octokit-fixture-org/hello-world/issues", LoopbackResponse.Json(HttpStatusCode.OK, issues.ToJsonString()));
        var environment = new Dictionary<string, string> { ["CLAWDEV_CACHE_DIR"] = cache.Path, ["PATH"] = "" };

        var run = CliRun.Invoke(
            RuleCatalog.Builtin(),
            new CliEnvironment(name => environment.GetValueOrDefault(name), IsInteractive: false),
            ["issues", scenario.Repository.Path, "--api-url", scenario.ApiUrl]);

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        AssertOnlyLineBreaksAreControlCharacters(run.Output);
        var lines = run.Output.Split('\n');
        Assert.Contains($@"#12 Document shout()\nclawdev: forged line{HostileEscaped}", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("clawdev: forged", StringComparison.Ordinal));
    }

    [Fact]
    public void Draft_shows_borrowed_text_and_a_hostile_file_name_escaped()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("pkg/__init__.py", "\"\"\"The package.\"\"\"\n");
        tree.Write("pkg/a.py", $"def f(x):\n    \"\"\"Do f.\n\n    Args:\n        x: The {Hostile} thing.\n    \"\"\"\n    return x\n");
        var target = tree.Write($"pkg/b{Hostile}.py", "def g(x):\n    return x\n");

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "draft", target, "--root", tree.Path);

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        AssertOnlyLineBreaksAreControlCharacters(run.Output);
        var lines = run.Output.Split('\n');
        Assert.Contains($"pkg/b{HostileEscaped}.py:2:", lines);
        Assert.Contains($"     5 |         x: The {HostileEscaped} thing.", lines);
    }

    [Fact]
    public async Task Pr_shows_a_hostile_file_name_and_a_contributing_sentence_escaped()
    {
        // Without the '[' of Hostile: Markdown reads "[2J" as a link's text.
        const string Retitle = "\u001b]2;pwned\u0007";
        await using var contribution = new GitHubContribution($"# Contributing\n\nAlways run `make style` before committing{Retitle}.\n");
        contribution.Remotes.Write($"evil{Hostile}.py", "x = 1\n");
        using var cache = new TemporaryDirectory();
        var environment = new Dictionary<string, string> { ["CLAWDEV_CACHE_DIR"] = cache.Path, ["PATH"] = "" };

        var run = CliRun.Invoke(
            RuleCatalog.Builtin(),
            new CliEnvironment(name => environment.GetValueOrDefault(name), IsInteractive: false),
            ["pr", contribution.WorkTree, "--api-url", contribution.GitHub.BaseUri.AbsoluteUri, "--dry-run"]);

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        AssertOnlyLineBreaksAreControlCharacters(run.Output);
        var lines = run.Output.Split('\n');
        Assert.Contains(lines, line => line.StartsWith($"  evil{HostileEscaped}.py  +1 -0", StringComparison.Ordinal));
        Assert.Contains(@"             CONTRIBUTING.md:3: ""Always run `make style` before committing\x1b]2;pwned\x07.""", lines);
    }
}
