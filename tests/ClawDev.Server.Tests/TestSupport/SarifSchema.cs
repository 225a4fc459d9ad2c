using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ClawDev.Server.Tests.TestSupport;

/// <summary>
/// Checks a log against the SARIF 2.1.0 JSON schema (Reports/Schema/sarif-2.1.0.json, vendored from Microsoft's SARIF
/// SDK as shipped in the npm package @microsoft/sarif-multitool-linux 5.7.0, MIT) with JsonSchema.Net, plus the one
/// two things GitHub code scanning demands beyond the schema: every result placed in a file with a region, and a
/// ruleIndex pointing at the rule with the result's ruleId.
/// </summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", "Schema", "sarif-2.1.0.json"))));

    /// <returns>One line per violation ("/runs/0/results/0/level: ..."), empty when the log is valid.</returns>
    public static IReadOnlyList<string> Validate(JsonElement log)
    {
        var results = Schema.Value.Evaluate(JsonNode.Parse(log.GetRawText()), new EvaluationOptions { OutputFormat = OutputFormat.List });
        // The list output also holds the failed branches of an anyOf that passed: only an invalid log has violations.
        var violations = results.IsValid ? [] : (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))
            .ToList();
        foreach (var (result, index) in Results(log).Select((result, index) => (result, index)))
        {
            if (!result.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0
                || !locations[0].TryGetProperty("physicalLocation", out var physical) || !physical.TryGetProperty("region", out _))
            {
                violations.Add($"/runs/0/results/{index}: no physical location with a region (GitHub cannot show it)");
            }
            if (result.TryGetProperty("ruleIndex", out var ruleIndex) && RuleId(log, ruleIndex.GetInt32()) != result.GetProperty("ruleId").GetString())
            {
                violations.Add($"/runs/0/results/{index}/ruleIndex: does not point at rule {result.GetProperty("ruleId")}");
            }
        }
        return violations;
    }

    private static string? RuleId(JsonElement log, int index) =>
        log.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").TryGetProperty("rules", out var rules) && index >= 0 && index < rules.GetArrayLength()
            ? rules[index].GetProperty("id").GetString()
            : null;

    private static IEnumerable<JsonElement> Results(JsonElement log) =>
        log.TryGetProperty("runs", out var runs) && runs.GetArrayLength() > 0 && runs[0].TryGetProperty("results", out var results)
            ? results.EnumerateArray()
            : [];
}
