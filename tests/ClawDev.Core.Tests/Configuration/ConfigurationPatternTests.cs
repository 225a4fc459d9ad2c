using ClawDev.Core.Configuration;
using ClawDev.Core.Workspace;
using ClawDev.TestSupport;

namespace ClawDev.Core.Tests.Configuration;

/// <summary>Regular expressions and globs from configuration files cannot stall a scan: they run in time linear in
/// the name, or, where a pattern needs backtracking, under a match timeout that is reported by pattern.</summary>
public class ConfigurationPatternTests
{
    // 34 characters: "^(a+)+$" backtracks 2^34 times on it in a backtracking engine.
    private const string LongName = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab";

    private static WorkspaceScan Scan(TemporaryDirectory tree) =>
        WorkspaceTraps.Within(20, () => new WorkspaceScanner(new DirectoryWalker()).Scan(tree.Path, ProjectConfiguration.Load(tree.Path), new ScanOptions(), CancellationToken.None));

    private static string[] Symbols(WorkspaceScan scan) => [.. scan.Files.SelectMany(f => f.Findings).Select(f => $"{f.Code} {f.Symbol}")];

    [Fact]
    public void A_nested_repetition_in_interrogates_ignore_regex_runs_in_linear_time()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("pyproject.toml", "[tool.interrogate]\nignore-regex = [\"^(a+)+$\"]\n");
        tree.Write("m.py", $"\"\"\"M.\"\"\"\n\n\ndef {LongName}():\n    pass\n\n\ndef aaaa():\n    pass\n");

        var scan = Scan(tree);

        var coverage = Assert.Single(scan.Files).Coverage;
        Assert.Equal(2, coverage.Total);
        Assert.Empty(scan.Notes);
    }

    [Fact]
    public void A_pattern_that_needs_backtracking_is_stopped_at_its_timeout_and_named_in_a_note()
    {
        using var tree = new TemporaryDirectory();
        // A look-ahead keeps this pattern off the linear engine; inside it, (a+)+ backtracks exponentially.
        tree.Write("pyproject.toml", "[tool.interrogate]\nignore-regex = [\"^(?=(a+)+!)\", \"^skip_\"]\n");
        tree.Write("m.py", $"\"\"\"M.\"\"\"\n\n\ndef {LongName}():\n    pass\n\n\ndef skip_me():\n    pass\n");
        tree.Write("n.py", $"\"\"\"N.\"\"\"\n\n\ndef {LongName}():\n    pass\n");

        var scan = Scan(tree);

        Assert.Equal(
            [$"the pattern \"^(?=(a+)+!)\" took more than 100 ms on \"{LongName}\" and was stopped; it counts as not matching from now on (nested repetition such as (a+)+ makes a pattern backtrack exponentially)"],
            scan.Notes.Select(n => n.Message));
        Assert.Equal(NoteKind.Configuration, Assert.Single(scan.Notes).Kind);
        // Counted as not matching: both long names count towards coverage, with the two modules; the other pattern
        // still keeps skip_me out.
        Assert.Equal(4, scan.TotalCoverage.Total);
    }

    [Fact]
    public void Pydocstyle_match_dir_match_and_ignore_decorators_with_nested_repetition_do_not_stall()
    {
        using var tree = new TemporaryDirectory();
        tree.Write("setup.cfg", "[pydocstyle]\nmatch-dir = (a+)+$\nmatch = (a+)+\\.py\nignore-decorators = (a+)+$\n");
        tree.Write($"{LongName}/aaaa.py", $"\"\"\"M.\"\"\"\n\n\n@{LongName}\ndef f():\n    pass\n\n\n@aaaa\ndef g():\n    pass\n");

        var scan = Scan(tree);

        Assert.Empty(scan.Files);
        Assert.Equal($"{LongName}/aaaa.py", Assert.Single(scan.Excluded).Path);

        tree.Write("setup.cfg", "[pydocstyle]\nmatch-dir = .*\nmatch = .*\\.py\nignore-decorators = (a+)+$\n");
        Assert.Equal(["D103 f"], Symbols(Scan(tree)));
    }

    [Fact]
    public void Excluded_globs_with_many_stars_run_in_linear_time()
    {
        using var tree = new TemporaryDirectory();
        var stars = string.Concat(Enumerable.Repeat("*a", 14)) + "*b";
        tree.Write("ruff.toml", $"extend-exclude = [\"{stars}\"]\n[lint]\nselect = [\"D103\"]\n[tool.interrogate]\n");
        tree.Write("pyproject.toml", $"[tool.interrogate]\nexclude = [\"{stars}\"]\n");
        tree.Write(new string('a', 60) + ".py", "def f():\n    pass\n");

        var scan = Scan(tree);

        Assert.Equal(["D103 f"], Symbols(scan));
    }
}
