using System.Text.Json;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Library;
using ClawDev.Server.Lsp.Diagnostics;

namespace ClawDev.Server.Lsp.Workspace;

/// <summary>
/// Reads the <c>clawdev</c> settings object. Lenient: a value of the wrong type is reported and its default kept,
/// unknown keys are ignored, so one typo in settings.json does not switch the server off.
/// </summary>
internal static class SettingsReader
{
    public const int MaxDebounceMilliseconds = 5000;

    /// <summary>The values of <c>clawdev.docstringStyle</c> besides "auto" (the extension's manifest lists the same).</summary>
    private static readonly Dictionary<string, DocstringStyle> DocstringStyles = new(StringComparer.Ordinal)
    {
        ["google"] = DocstringStyle.Google,
        ["numpy"] = DocstringStyle.NumPy,
        ["sphinx"] = DocstringStyle.Sphinx,
        ["huggingface"] = DocstringStyle.HuggingFace,
    };

    public static ClawDevSettings Read(JsonElement? section, List<string> problems)
    {
        if (section is not { ValueKind: JsonValueKind.Object } settings)
        {
            if (section is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) })
            {
                problems.Add($"the '{ClawDevSettings.Section}' settings are not an object; using the defaults");
            }
            return ClawDevSettings.Default;
        }
        var result = ClawDevSettings.Default;
        foreach (var property in settings.EnumerateObject())
        {
            var value = property.Value;
            result = property.Name switch
            {
                "select" => result with { Rules = result.Rules with { Select = ReadCodes(value, "select", problems) } },
                "ignore" => result with { Rules = result.Rules with { Ignore = ReadCodes(value, "ignore", problems) } },
                "severity" => result with { Severity = ReadSeverities(value, problems) },
                "exposureSeverity" => result with { ExposureSeverity = ReadExposureSeverities(value, problems) },
                "defaultSeverity" => ParseSeverity(value, "defaultSeverity", problems) is { } severity ? result with { DefaultSeverity = severity } : result,
                "workspaceDiagnostics" => ReadBool(value, "workspaceDiagnostics", problems) is { } on ? result with { WorkspaceDiagnostics = on } : result,
                "docstringStyle" => result with { DocstringStyle = ReadStyle(value, problems) },
                "debounceMs" => ReadDebounce(value, problems) is { } debounce ? result with { DebounceMilliseconds = debounce } : result,
                "github" => ReadGitHub(result, value, problems),
                "pullRequest" => result with { PullRequestRemote = ReadText(value, "pullRequest", "remote", problems) },
                _ => result,
            };
        }
        return result;
    }

    /// <summary>Rule codes or prefixes, upper-cased, blanks dropped; null for none (the repository's choice stands).</summary>
    private static IReadOnlyList<string>? ReadCodes(JsonElement value, string key, List<string> problems)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(code => code.ValueKind != JsonValueKind.String))
        {
            problems.Add($"clawdev.{key} must be a list of rule codes or prefixes such as [\"D102\", \"CD4\"], not {value.GetRawText()}");
            return null;
        }
        var codes = value.EnumerateArray()
            .Select(code => code.GetString()!.Trim().ToUpperInvariant())
            .Where(code => code.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return codes.Count == 0 ? null : codes;
    }

    private static Dictionary<string, DiagnosticSeverity> ReadSeverities(JsonElement value, List<string> problems)
    {
        var severities = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal);
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add("clawdev.severity must map rule codes to \"error\", \"warning\", \"information\" or \"hint\"");
            return severities;
        }
        foreach (var entry in value.EnumerateObject())
        {
            if (ParseSeverity(entry.Value, $"severity.{entry.Name}", problems) is { } severity)
            {
                severities[entry.Name.Trim().ToUpperInvariant()] = severity;
            }
        }
        return severities;
    }

    /// <summary>Severity per exposure; an exposure not listed keeps its default.</summary>
    private static Dictionary<Exposure, DiagnosticSeverity> ReadExposureSeverities(JsonElement value, List<string> problems)
    {
        var severities = new Dictionary<Exposure, DiagnosticSeverity>(ClawDevSettings.DefaultExposureSeverity);
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add("clawdev.exposureSeverity must map \"rendered\", \"exported\" and \"public\" to \"error\", \"warning\", \"information\" or \"hint\"");
            return severities;
        }
        foreach (var entry in value.EnumerateObject())
        {
            var exposure = Enum.GetValues<Exposure>().Cast<Exposure?>().FirstOrDefault(known => Exposures.Name(known!.Value) == entry.Name.Trim().ToLowerInvariant());
            if (exposure is null)
            {
                problems.Add($"clawdev.exposureSeverity has an entry \"{entry.Name}\"; the exposures are \"rendered\", \"exported\" and \"public\"");
            }
            else if (ParseSeverity(entry.Value, $"exposureSeverity.{entry.Name}", problems) is { } severity)
            {
                severities[exposure.Value] = severity;
            }
        }
        return severities;
    }

    private static DiagnosticSeverity? ParseSeverity(JsonElement value, string key, List<string> problems)
    {
        DiagnosticSeverity? severity = value.ValueKind == JsonValueKind.String
            ? value.GetString()!.ToLowerInvariant() switch
            {
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                "information" or "info" => DiagnosticSeverity.Information,
                "hint" => DiagnosticSeverity.Hint,
                _ => null,
            }
            : null;
        if (severity is null)
        {
            problems.Add($"clawdev.{key} must be \"error\", \"warning\", \"information\" or \"hint\", not {value.GetRawText()}");
        }
        return severity;
    }

    private static bool? ReadBool(JsonElement value, string key, List<string> problems)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }
        problems.Add($"clawdev.{key} must be true or false, not {value.GetRawText()}");
        return null;
    }

    private static DocstringStyle? ReadStyle(JsonElement value, List<string> problems)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            var style = value.GetString()!.Trim().ToLowerInvariant();
            if (style is "" or "auto")
            {
                return null;
            }
            if (DocstringStyles.TryGetValue(style, out var known))
            {
                return known;
            }
        }
        problems.Add($"clawdev.docstringStyle must be \"auto\", {string.Join(", ", DocstringStyles.Keys.Select(s => $"\"{s}\""))}, not {value.GetRawText()}");
        return null;
    }

    /// <summary>A text value of a settings object (<c>clawdev.github.upstream</c>); null when absent or blank.</summary>
    private static string? ReadText(JsonElement section, string sectionName, string key, List<string> problems)
    {
        if (section.ValueKind != JsonValueKind.Object || !section.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"clawdev.{sectionName}.{key} must be text, not {value.GetRawText()}");
            return null;
        }
        return string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim();
    }

    /// <summary>The public API's URL, which the client sends as the default, means "the upstream host's own API"
    /// (a GitHub Enterprise upstream must not be asked at api.github.com).</summary>
    private const string PublicApiUrl = "https://api.github.com";

    private static ClawDevSettings ReadGitHub(ClawDevSettings result, JsonElement value, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"clawdev.github must be an object with \"upstream\" and \"apiUrl\", not {value.GetRawText()}");
            return result;
        }
        foreach (var property in value.EnumerateObject())
        {
            if (property.Name is not ("upstream" or "apiUrl"))
            {
                continue;
            }
            if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                problems.Add($"clawdev.github.{property.Name} must be a string, not {property.Value.GetRawText()}");
                continue;
            }
            var text = property.Value.GetString()?.Trim().TrimEnd('/');
            text = string.IsNullOrEmpty(text) ? null : text;
            if (property.Name == "upstream")
            {
                result = result with { GitHubUpstream = text };
                continue;
            }
            if (text is not null && (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http")))
            {
                problems.Add($"clawdev.github.apiUrl must be an http(s) URL, not {property.Value.GetRawText()}");
                continue;
            }
            result = result with { GitHubApiUrl = string.Equals(text, PublicApiUrl, StringComparison.OrdinalIgnoreCase) ? null : text };
        }
        return result;
    }

    private static int? ReadDebounce(JsonElement value, List<string> problems)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var milliseconds) && milliseconds is >= 0 and <= MaxDebounceMilliseconds)
        {
            return milliseconds;
        }
        problems.Add($"clawdev.debounceMs must be a whole number of milliseconds from 0 to {MaxDebounceMilliseconds}, not {value.GetRawText()}");
        return null;
    }
}
