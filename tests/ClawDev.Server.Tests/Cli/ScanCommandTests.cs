using System.Text.Json;
using ClawDev.Server.Cli;
using ClawDev.Server.Reports;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Cli;

/// <summary>`clawdev scan` end to end on the fixture repositories, through the same entry point as Program.Main.</summary>
public class ScanCommandTests
{
    private static CliRun Scan(TemporaryDirectory repository, params string[] options) =>
        CliRun.Invoke(RuleCatalog.Builtin(), ["scan", repository.Path, .. options]);

    [Theory]
    [InlineData("text", "scan-sample.txt")]
    [InlineData("json", "scan-sample.json")]
    [InlineData("sarif", "scan-sample.sarif")]
    public void Each_format_matches_its_snapshot_and_findings_exit_with_one(string format, string snapshot)
    {
        using var repository = Fixture.Copy("sample-repo");

        var run = Scan(repository, "--format", format);

        Snapshot.Match(snapshot, Fixture.Normalize(run.Output, repository));
        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void The_sample_report_shows_what_was_found_excluded_and_skipped()
    {
        using var repository = Fixture.Copy("sample-repo");

        var json = JsonDocument.Parse(Scan(repository, "--format", "json").Output).RootElement;

        var findings = json.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("path").GetString()}:{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()} {f.GetProperty("code").GetString()} {f.GetProperty("symbol").GetString()}")
            .ToList();
        Assert.Contains("pkg/trainer.py:10:5 D102 Trainer.train", findings);
        Assert.Contains("pkg/trainer.py:13:5 D417 Trainer.evaluate", findings);
        Assert.Contains("pkg/trainer.py:25:1 D103 helper", findings);
        Assert.Contains("pkg/broken.py:4:1 D103 before", findings);
        Assert.Contains("pkg/broken.py:17:1 D101 Tail", findings);
        Assert.Contains("pkg/latin1.py:4:1 D103 menu", findings);
        // "# noqa: D103", a private method, and D100 for a private module; its public function still counts, as in pydocstyle.
        Assert.DoesNotContain(findings, f => f.Contains(" quiet") || f.Contains("_step") || f.StartsWith("pkg/_private.py:1:1 D100"));
        Assert.Contains("pkg/_private.py:1:1 D103 internal", findings);
        Assert.DoesNotContain(findings, f => f.StartsWith("build_output/") || f.StartsWith("api_pb2.py") || f.StartsWith("docs/"));

        Assert.Equal(["docs/conf.py"], json.GetProperty("excluded").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
        var notes = json.GetProperty("notes").EnumerateArray().ToDictionary(n => n.GetProperty("path").GetString()!, n => n.GetProperty("kind").GetString());
        Assert.Equal("skipped", notes["pkg/blob.py"]);
        Assert.Equal("decoding", notes["pkg/latin1.py"]);
        Assert.Equal("syntax", notes["pkg/broken.py"]);
    }

    [Fact]
    public void A_clean_repository_exits_with_zero()
    {
        using var repository = Fixture.Copy("clean-repo");

        var run = Scan(repository);

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.EndsWith("No findings in 1 analysed file; documentation coverage 100.0%.\n", run.Output);
    }

    [Theory]
    [InlineData("10", ExitCodes.Clean, "meets --fail-under 10")]
    [InlineData("95", ExitCodes.Failed, "is below --fail-under 95")]
    public void Fail_under_decides_the_exit_code_by_coverage(string failUnder, int expected, string verdict)
    {
        using var repository = Fixture.Copy("sample-repo");

        var run = Scan(repository, "--fail-under", failUnder);

        Assert.Equal(expected, run.ExitCode);
        Assert.Contains(verdict, run.Output.Split('\n')[^2]);
    }

    [Fact]
    public void Select_and_ignore_narrow_the_rules()
    {
        using var repository = Fixture.Copy("sample-repo");

        var onlyD417 = JsonDocument.Parse(Scan(repository, "--format", "json", "--select", "D417").Output).RootElement;
        var withoutD1 = JsonDocument.Parse(Scan(repository, "--format", "json", "--ignore", "D1").Output).RootElement;

        Assert.Equal(["D417"], onlyD417.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).Distinct());
        Assert.DoesNotContain(withoutD1.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString()!.StartsWith("D1"));
        Assert.NotEmpty(withoutD1.GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public void Output_writes_the_report_to_the_file_and_one_line_to_standard_output()
    {
        using var repository = Fixture.Copy("sample-repo");
        using var outputDirectory = new TemporaryDirectory();
        var reportPath = outputDirectory.Combine("report.sarif");

        var run = Scan(repository, "--format", "sarif", "--output", reportPath);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.StartsWith($"Wrote {reportPath}. ", run.Output);
        Assert.Equal(1, run.Output.Count(c => c == '\n'));
        Assert.Empty(SarifSchema.Validate(JsonDocument.Parse(File.ReadAllText(reportPath)).RootElement));
    }

    [Fact]
    public void An_unwritable_output_is_an_io_error_naming_the_path()
    {
        using var repository = Fixture.Copy("sample-repo");
        var reportPath = repository.Combine("no/such/dir/report.json");

        var run = Scan(repository, "--format", "json", "--output", reportPath);

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith($"clawdev: cannot write {reportPath}: ", run.Error);
    }

    [Fact]
    public void An_output_path_that_is_a_directory_is_an_io_error()
    {
        using var repository = Fixture.Copy("sample-repo");

        var run = Scan(repository, "--output", repository.Path);

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.StartsWith($"clawdev: cannot write {repository.Path}: ", run.Error);
    }

    [Fact]
    public void Files_over_the_size_limit_are_skipped_with_a_note()
    {
        using var repository = Fixture.Copy("clean-repo");
        repository.Write("lib/huge.py", "# " + new string('x', 3000) + "\n");

        var run = Scan(repository, "--max-file-size", "2K");

        Assert.Contains("lib/huge.py: skipped: 2.9 KiB is more than the 2 KiB limit", run.Output);
        Assert.Equal(ExitCodes.Clean, run.ExitCode);
    }

    [Fact]
    public void A_file_given_alone_is_judged_by_its_projects_configuration_found_upward()
    {
        using var repository = new TemporaryDirectory();
        repository.Write("pyproject.toml", "[tool.ruff.lint]\nselect = [\"D103\"]\n");
        repository.Write("pkg/sub/mod.py", "def run():\n    pass\n\n\nclass Quiet:\n    pass\n");
        using var elsewhere = new TemporaryDirectory();
        elsewhere.Write("setup.py", "");
        elsewhere.Write("tool.py", "def tool():\n    pass\n");

        var run = CliRun.Invoke(RuleCatalog.Builtin(), "scan", "--format", "json", repository.Combine("pkg/sub/mod.py"));

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        var findings = JsonDocument.Parse(run.Output).RootElement.GetProperty("findings").EnumerateArray()
            .Select(finding => $"{finding.GetProperty("path").GetString()} {finding.GetProperty("code").GetString()}");
        // The repository's pyproject.toml two levels up decides: ruff selects D103 only.
        Assert.Equal(["pkg/sub/mod.py D103"], findings);
        var mixed = CliRun.Invoke(RuleCatalog.Builtin(), "scan", repository.Combine("pkg/sub/mod.py"), elsewhere.Combine("tool.py"));
        Assert.Equal(ExitCodes.UsageOrIoError, mixed.ExitCode);
        Assert.Contains("the files belong to different projects", mixed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exclude_leaves_out_the_matching_files_and_the_report_says_why()
    {
        using var repository = Fixture.Copy("sample-repo");

        var json = JsonDocument.Parse(Scan(repository, "--format", "json", "--exclude", "trainer.py", "--exclude", "pkg/broken*").Output).RootElement;

        var paths = json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToHashSet();
        Assert.DoesNotContain("pkg/trainer.py", paths);
        Assert.DoesNotContain("pkg/broken.py", paths);
        Assert.Contains("pkg/latin1.py", paths);
        var excluded = json.GetProperty("excluded").EnumerateArray().ToDictionary(e => e.GetProperty("path").GetString()!, e => e.GetProperty("reason").GetString());
        Assert.Equal("excluded by --exclude \"trainer.py\" on the command line", excluded["pkg/trainer.py"]);
        Assert.Equal("excluded by --exclude \"pkg/broken*\" on the command line", excluded["pkg/broken.py"]);
        var invalid = Scan(repository, "--exclude", "pkg/[");
        Assert.Equal(ExitCodes.UsageOrIoError, invalid.ExitCode);
        Assert.Contains("--exclude \"pkg/[\"", invalid.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Method_and_function_names_the_library_never_documents_are_listed_with_the_habits_and_withheld()
    {
        using var repository = new TemporaryDirectory();
        repository.Write("pyproject.toml", "[project]\nname = \"lib\"\n");
        repository.Write("lib/__init__.py", "\"\"\"Lib.\"\"\"\n");
        var collators = string.Concat(new[] { "Text", "Image", "Audio" }.Select(kind =>
            $"class {kind}Collator:\n    \"\"\"Collates.\"\"\"\n\n    def torch_call(self, examples):\n        return examples\n\n\n"));
        repository.Write("lib/collators.py", "\"\"\"Collators.\"\"\"\n\n\n" + collators);
        var checks = string.Concat(new[] { "torch", "peft", "vllm" }.Select(package => $"def is_{package}_available():\n    return True\n\n\n"));
        repository.Write("lib/import_utils.py", "\"\"\"Import checks.\"\"\"\n\n\n" + checks);

        var text = Scan(repository).Output;
        var json = JsonDocument.Parse(Scan(repository, "--format", "json").Output).RootElement;

        Assert.Contains("; method names never documented: torch_call (3); function names never documented: is_*_available (3)\n", text, StringComparison.Ordinal);
        var habits = json.GetProperty("habits");
        Assert.Equal(["torch_call 3"], habits.GetProperty("neverDocumentedMethodNames").EnumerateArray()
            .Select(name => $"{name.GetProperty("name").GetString()} {name.GetProperty("methods").GetInt32()}"));
        Assert.Equal(["is_*_available 3"], habits.GetProperty("neverDocumentedFunctionNames").EnumerateArray()
            .Select(name => $"{name.GetProperty("name").GetString()} {name.GetProperty("functions").GetInt32()}"));
        Assert.Empty(json.GetProperty("findings").EnumerateArray());
        Assert.Equal(
            [
                "D102 TextCollator.torch_call not-a-habit", "D102 ImageCollator.torch_call not-a-habit", "D102 AudioCollator.torch_call not-a-habit",
                "D103 is_torch_available not-a-habit", "D103 is_peft_available not-a-habit", "D103 is_vllm_available not-a-habit",
            ],
            json.GetProperty("withheld").EnumerateArray().Select(w => $"{w.GetProperty("code").GetString()} {w.GetProperty("symbol").GetString()} {w.GetProperty("kind").GetString()}"));
    }

    [Fact]
    public void The_per_module_coverage_table_comes_with_the_coverage_option_and_the_total_always()
    {
        using var repository = Fixture.Copy("sample-repo");

        var plain = Scan(repository).Output;
        var withTable = Scan(repository, "--coverage").Output;

        Assert.DoesNotContain("| TOTAL", plain, StringComparison.Ordinal);
        Assert.Contains("| TOTAL", withTable, StringComparison.Ordinal);
        Assert.Contains("documentation coverage", plain, StringComparison.Ordinal);
    }
}
