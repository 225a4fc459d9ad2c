using System.Text.Json;
using ClawDev.Server.Reports;
using ClawDev.Server.Tests.TestSupport;

namespace ClawDev.Server.Tests.Reports;

public class JsonReportTests
{
    private static JsonElement Render() =>
        JsonDocument.Parse(ReportText.Render(new JsonReport(), SampleScans.WithFindings())).RootElement;

    [Fact]
    public void Matches_the_snapshot()
    {
        Snapshot.Match("json-report-with-findings.json", ReportText.Render(new JsonReport(), SampleScans.WithFindings()));
    }

    [Fact]
    public void Has_the_documented_shape()
    {
        var root = Render();

        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("/work/repo", root.GetProperty("root").GetString());
        AssertKeys(root.GetProperty("files"), "found", "analysed", "excluded", "skipped");
        Assert.All(root.GetProperty("configuration").EnumerateArray(), c => AssertKeys(c, "key", "value", "source"));
        Assert.All(root.GetProperty("findings").EnumerateArray(), f =>
        {
            AssertKeys(f, "path", "line", "column", "code", "symbol", "message");
            Assert.True(f.GetProperty("line").GetInt32() >= 1);
            Assert.True(f.GetProperty("column").GetInt32() >= 1);
        });
        var coverage = root.GetProperty("coverage");
        AssertKeys(coverage.GetProperty("total"), "total", "documented", "percent");
        Assert.All(coverage.GetProperty("modules").EnumerateArray(), m =>
        {
            AssertKeys(m, "path", "total", "documented", "percent", "missing");
            Assert.Equal(JsonValueKind.Array, m.GetProperty("missing").ValueKind);
        });
        Assert.All(root.GetProperty("notes").EnumerateArray(), n => AssertKeys(n, "kind", "path", "message"));
        Assert.All(root.GetProperty("excluded").EnumerateArray(), e => AssertKeys(e, "path", "reason"));
    }

    [Fact]
    public void Findings_carry_one_based_positions_the_qualified_symbol_and_the_parameters_concerned()
    {
        var finding = Render().GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("code").GetString() == "D417");

        Assert.Equal("pkg/trainer.py", finding.GetProperty("path").GetString());
        Assert.Equal(21, finding.GetProperty("line").GetInt32());
        Assert.Equal(5, finding.GetProperty("column").GetInt32());
        Assert.Equal("Trainer.evaluate", finding.GetProperty("symbol").GetString());
        Assert.Equal(["dataset"], finding.GetProperty("parameters").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void Coverage_totals_add_up_the_modules()
    {
        var coverage = Render().GetProperty("coverage");
        var modules = coverage.GetProperty("modules").EnumerateArray().ToList();

        Assert.Equal(modules.Sum(m => m.GetProperty("total").GetInt32()), coverage.GetProperty("total").GetProperty("total").GetInt32());
        Assert.Equal(modules.Sum(m => m.GetProperty("documented").GetInt32()), coverage.GetProperty("total").GetProperty("documented").GetInt32());
        Assert.Equal(33.3, coverage.GetProperty("total").GetProperty("percent").GetDouble());
    }

    private static void AssertKeys(JsonElement element, params string[] keys)
    {
        foreach (var key in keys)
        {
            Assert.True(element.TryGetProperty(key, out _), $"missing '{key}' in {element}");
        }
    }
}
