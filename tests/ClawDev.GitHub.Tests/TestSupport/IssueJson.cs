using System.Text.Json;
using ClawDev.GitHub.Issues;

namespace ClawDev.GitHub.Tests.TestSupport;

/// <summary>Fixture issues as JSON: the UpstreamIssue records with camelCase names, as the cache would hold them.</summary>
internal static class IssueJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static List<UpstreamIssue> Load(string path) =>
        JsonSerializer.Deserialize<List<UpstreamIssue>>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path} holds no issues");

    public static T Read<T>(string path) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options) ?? throw new InvalidDataException($"{path} is empty");
}
