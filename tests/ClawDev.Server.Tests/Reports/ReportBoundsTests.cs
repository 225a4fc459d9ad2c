using System.Text;
using System.Text.Json;
using ClawDev.Server.Reports;
using ClawDev.Server.Tests.TestSupport;
using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.Reports;

/// <summary>A report grows with its input, never with the square of it.</summary>
public class ReportBoundsTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("text")]
    public void Deeply_nested_definitions_with_long_names_give_a_report_no_larger_than_their_file(string format)
    {
        using var tree = new TemporaryDirectory();
        var source = new StringBuilder();
        for (var depth = 0; depth < 300; depth++)
        {
            source.Append(' ', depth * 4).Append("class ").Append('N', 15_000).Append(depth).Append(":\n");
        }
        source.Append(' ', 300 * 4).Append("pass\n");
        var file = tree.Write("nested.py", source.ToString());

        // Every definition reported (the contribution profile would withhold classes a library this bare never documents).
        var run = CliRun.Invoke(RuleCatalog.Builtin(), "scan", tree.Path, "--format", format, "--profile", "pydocstyle");

        // Once 646 MB of JSON: every finding and coverage entry repeated the names of all its parents.
        Assert.True(run.Output.Length < new FileInfo(file).Length, $"{run.Output.Length} characters of {format}");
        if (format == "json")
        {
            var findings = JsonDocument.Parse(run.Output).RootElement.GetProperty("findings").EnumerateArray().ToList();
            Assert.Equal(300, findings.Count(f => f.GetProperty("code").GetString() is "D101" or "D106"));
            Assert.All(findings, f => Assert.True(f.GetProperty("symbol").GetString()!.Length <= 512));
        }
    }
}
