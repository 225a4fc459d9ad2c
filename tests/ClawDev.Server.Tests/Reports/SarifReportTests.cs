using System.Text.Json;
using ClawDev.Core.Analysis;
using ClawDev.Core.Python;
using ClawDev.Server.Reports;
using ClawDev.Server.Tests.TestSupport;

namespace ClawDev.Server.Tests.Reports;

public class SarifReportTests
{
    private static string Render() => ReportText.Render(new SarifReport(SampleScans.Rules), SampleScans.WithFindings());

    [Fact]
    public void Matches_the_snapshot()
    {
        Snapshot.Match("sarif-report-with-findings.sarif", Render());
    }

    [Fact]
    public void Satisfies_the_SARIF_schema_and_GitHubs_demands()
    {
        Assert.Empty(SarifSchema.Validate(JsonDocument.Parse(Render()).RootElement));
    }

    [Fact]
    public void An_empty_scan_is_valid_sarif_too()
    {
        var sarif = ReportText.Render(new SarifReport(SampleScans.Rules), SampleScans.Clean());

        Assert.Empty(SarifSchema.Validate(JsonDocument.Parse(sarif).RootElement));
    }

    [Fact]
    public void The_schema_check_catches_broken_logs()
    {
        var broken = JsonDocument.Parse("""
            {"version":"2.0.0","runs":[{"tool":{"driver":{"rules":[{"id":"D1"}]}},
              "results":[{"ruleId":"D2","ruleIndex":0,"level":"fatal","locations":[{"physicalLocation":{"region":{"startLine":0}}}]},
                         {"ruleId":"D1","message":{"text":"nowhere"}}]}]}
            """).RootElement;

        var violations = SarifSchema.Validate(broken);

        Assert.Contains(violations, v => v.StartsWith("/version: ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("/runs/0/tool/driver: ", StringComparison.Ordinal) && v.Contains("name", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("/runs/0/results/0: ", StringComparison.Ordinal) && v.Contains("message", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("/runs/0/results/0/level: ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("/runs/0/results/0/locations/0/physicalLocation/region/startLine: ", StringComparison.Ordinal));
        Assert.Contains("/runs/0/results/1: no physical location with a region (GitHub cannot show it)", violations);
        Assert.Contains("/runs/0/results/0/ruleIndex: does not point at rule D2", violations);
    }

    [Fact]
    public void Results_point_at_their_rule_and_file_relative_to_the_source_root()
    {
        var run = JsonDocument.Parse(Render()).RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "D100");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");

        Assert.Equal(["D100", "D102", "D103", "D417"], rules);
        Assert.Equal("file:///work/repo/", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        Assert.Equal("pkg/utils/%C3%BCn%C3%AFcode%20name.py", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(1, location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Fingerprints_follow_the_symbol_not_the_line()
    {
        Finding At(int line, string symbol, params string[] parameters) =>
            new("D417", "m", symbol, line, 4, new TextSpan(0, 0), parameters);

        var original = FindingFingerprint.Compute("a.py", At(10, "f", "x"));

        Assert.Equal(original, FindingFingerprint.Compute("a.py", At(42, "f", "x")));
        Assert.NotEqual(original, FindingFingerprint.Compute("a.py", At(10, "g", "x")));
        Assert.NotEqual(original, FindingFingerprint.Compute("a.py", At(10, "f", "y")));
        Assert.NotEqual(original, FindingFingerprint.Compute("b.py", At(10, "f", "x")));
        Assert.NotEqual(FindingFingerprint.Compute("ab", At(1, "c")), FindingFingerprint.Compute("a", At(1, "bc")));
        Assert.Matches("^[0-9a-f]{16}$", original);
    }
}
