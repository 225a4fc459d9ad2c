using System.Text.Json;

namespace ClawDev.Server.Tests.TestSupport;

/// <summary>
/// The parts of the SARIF 2.1.0 JSON schema (sarif-schema-2.1.0.json) that ClawDev's output touches: for each
/// object type its required properties, the properties it may have (catching misspelt names, which the schema
/// would silently take as unknown), enum values and numeric minimums, plus GitHub code scanning's own demands
/// (every result located in a file with a region, ruleIndex pointing at the rule with the same id).
/// </summary>
internal sealed class SarifSchema
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    private readonly List<string> _violations = [];

    public static IReadOnlyList<string> Validate(JsonElement log)
    {
        var schema = new SarifSchema();
        schema.SarifLog(log);
        return schema._violations;
    }

    private void SarifLog(JsonElement e)
    {
        Object(e, "sarifLog", required: ["version", "runs"], allowed: ["$schema", "version", "runs"]);
        Equal(e, "version", "2.1.0", "sarifLog");
        Each(e, "runs", Run);
    }

    private void Run(JsonElement e)
    {
        Object(e, "run", required: ["tool"], allowed: ["tool", "invocations", "originalUriBaseIds", "columnKind", "results"]);
        Member(e, "tool", tool =>
        {
            Object(tool, "tool", required: ["driver"], allowed: ["driver"]);
            Member(tool, "driver", ToolComponent);
        });
        Each(e, "invocations", Invocation);
        Member(e, "originalUriBaseIds", bases =>
        {
            foreach (var property in bases.EnumerateObject())
            {
                ArtifactLocation(property.Value);
                if (property.Value.TryGetProperty("uri", out var uri) && !uri.GetString()!.EndsWith('/'))
                {
                    _violations.Add($"originalUriBaseIds.{property.Name}.uri must end with '/'");
                }
            }
        });
        Enum(e, "columnKind", ["utf16CodeUnits", "unicodeCodePoints"], "run");
        var rules = e.GetProperty("tool").GetProperty("driver").TryGetProperty("rules", out var r) ? r : default;
        Each(e, "results", result => Result(result, rules));
    }

    private void ToolComponent(JsonElement e)
    {
        Object(e, "toolComponent", required: ["name"], allowed: ["name", "version", "semanticVersion", "informationUri", "rules"]);
        var ids = new HashSet<string>();
        Each(e, "rules", rule =>
        {
            ReportingDescriptor(rule);
            if (!ids.Add(rule.GetProperty("id").GetString()!))
            {
                _violations.Add($"rules: duplicate id {rule.GetProperty("id")}");
            }
        });
    }

    private void ReportingDescriptor(JsonElement e)
    {
        Object(e, "reportingDescriptor", required: ["id"],
            allowed: ["id", "name", "shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration"]);
        Member(e, "shortDescription", MultiformatMessage);
        Member(e, "fullDescription", MultiformatMessage);
        Member(e, "help", MultiformatMessage);
        Member(e, "defaultConfiguration", configuration =>
        {
            Object(configuration, "reportingConfiguration", required: [], allowed: ["level", "enabled"]);
            Enum(configuration, "level", Levels, "reportingConfiguration");
        });
    }

    private void Invocation(JsonElement e)
    {
        Object(e, "invocation", required: ["executionSuccessful"],
            allowed: ["executionSuccessful", "toolExecutionNotifications", "toolConfigurationNotifications"]);
        Each(e, "toolExecutionNotifications", Notification);
        Each(e, "toolConfigurationNotifications", Notification);
    }

    private void Notification(JsonElement e)
    {
        Object(e, "notification", required: ["message"], allowed: ["level", "message", "locations", "descriptor"]);
        Enum(e, "level", Levels, "notification");
        Member(e, "message", Message);
        Each(e, "locations", Location);
        Member(e, "descriptor", descriptor =>
        {
            Object(descriptor, "reportingDescriptorReference", required: [], allowed: ["id", "index", "guid"]);
            if (!descriptor.TryGetProperty("id", out _) && !descriptor.TryGetProperty("index", out _) && !descriptor.TryGetProperty("guid", out _))
            {
                _violations.Add("reportingDescriptorReference needs id, index or guid");
            }
        });
    }

    private void Result(JsonElement e, JsonElement rules)
    {
        Object(e, "result", required: ["message"],
            allowed: ["ruleId", "ruleIndex", "level", "message", "locations", "partialFingerprints"]);
        Member(e, "message", Message);
        Enum(e, "level", Levels, "result");
        if (e.TryGetProperty("ruleIndex", out var index))
        {
            var i = index.GetInt32();
            if (i < -1)
            {
                _violations.Add($"result.ruleIndex {i} is below -1");
            }
            else if (i >= 0 && (rules.ValueKind != JsonValueKind.Array || i >= rules.GetArrayLength()
                || rules[i].GetProperty("id").GetString() != e.GetProperty("ruleId").GetString()))
            {
                _violations.Add($"result.ruleIndex {i} does not point at rule {e.GetProperty("ruleId")}");
            }
        }
        Member(e, "partialFingerprints", fingerprints =>
        {
            foreach (var property in fingerprints.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.String))
            {
                _violations.Add($"partialFingerprints.{property.Name} must be a string");
            }
        });
        // GitHub shows a result only where it can place it: a file and a region.
        if (!e.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0
            || !locations[0].TryGetProperty("physicalLocation", out var physical)
            || !physical.TryGetProperty("region", out _))
        {
            _violations.Add("result without a physical location and region (GitHub cannot show it)");
        }
        Each(e, "locations", Location);
    }

    private void Location(JsonElement e)
    {
        Object(e, "location", required: [], allowed: ["physicalLocation", "logicalLocations"]);
        Member(e, "physicalLocation", physical =>
        {
            Object(physical, "physicalLocation", required: ["artifactLocation"], allowed: ["artifactLocation", "region"]);
            Member(physical, "artifactLocation", ArtifactLocation);
            Member(physical, "region", region =>
            {
                Object(region, "region", required: [], allowed: ["startLine", "startColumn", "endLine", "endColumn"]);
                foreach (var property in region.EnumerateObject().Where(p => p.Value.GetInt32() < 1))
                {
                    _violations.Add($"region.{property.Name} must be at least 1");
                }
            });
        });
        Each(e, "logicalLocations", logical =>
            Object(logical, "logicalLocation", required: [], allowed: ["name", "fullyQualifiedName", "kind"]));
    }

    private void ArtifactLocation(JsonElement e)
    {
        Object(e, "artifactLocation", required: [], allowed: ["uri", "uriBaseId"]);
        if (e.TryGetProperty("uri", out var uri) && !Uri.TryCreate(uri.GetString(), UriKind.RelativeOrAbsolute, out _))
        {
            _violations.Add($"artifactLocation.uri {uri} is not a URI reference");
        }
    }

    private void Message(JsonElement e)
    {
        Object(e, "message", required: [], allowed: ["text", "id"]);
        if (!e.TryGetProperty("text", out _) && !e.TryGetProperty("id", out _))
        {
            _violations.Add("message needs text or id");
        }
    }

    private void MultiformatMessage(JsonElement e) =>
        Object(e, "multiformatMessageString", required: ["text"], allowed: ["text", "markdown"]);

    private void Object(JsonElement e, string type, string[] required, string[] allowed)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            _violations.Add($"{type} must be an object, not {e.ValueKind}");
            return;
        }
        foreach (var name in required.Where(n => !e.TryGetProperty(n, out _)))
        {
            _violations.Add($"{type} lacks required property '{name}'");
        }
        foreach (var property in e.EnumerateObject().Where(p => !allowed.Contains(p.Name)))
        {
            _violations.Add($"{type} has unexpected property '{property.Name}'");
        }
    }

    private void Equal(JsonElement e, string name, string expected, string type)
    {
        if (e.TryGetProperty(name, out var value) && value.GetString() != expected)
        {
            _violations.Add($"{type}.{name} must be '{expected}', not '{value}'");
        }
    }

    private void Enum(JsonElement e, string name, string[] values, string type)
    {
        if (e.TryGetProperty(name, out var value) && !values.Contains(value.GetString()))
        {
            _violations.Add($"{type}.{name} '{value}' is not one of {string.Join(", ", values)}");
        }
    }

    private void Member(JsonElement e, string name, Action<JsonElement> check)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value))
        {
            check(value);
        }
    }

    private void Each(JsonElement e, string name, Action<JsonElement> check)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var array))
        {
            return;
        }
        if (array.ValueKind != JsonValueKind.Array)
        {
            _violations.Add($"{name} must be an array");
            return;
        }
        foreach (var item in array.EnumerateArray())
        {
            check(item);
        }
    }
}
