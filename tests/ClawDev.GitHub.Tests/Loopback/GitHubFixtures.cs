using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClawDev.GitHub.Tests.Loopback;

/// <summary>
/// The recorded and authored GitHub response bodies in <c>tests/fixtures/github/</c> (copied next to the test
/// assembly) and the route manifest <c>routes.json</c> that serves them.
/// </summary>
public static class GitHubFixtures
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "fixtures", "github");

    /// <summary>The text of <c>bodies/<paramref name="name"/></c>, e.g. <c>repos/hello-world.json</c>.</summary>
    public static string Body(string name) => File.ReadAllText(Path.Combine(Directory, "bodies", name));

    /// <summary>A body parsed for editing in a test (e.g. a repository without push permission).</summary>
    public static JsonNode Node(string name) => JsonNode.Parse(Body(name))!;

    /// <summary>Every route of the manifest: the recorded ones, then the authored ones.</summary>
    public static IEnumerable<LoopbackRoute> Routes()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "routes.json")));
        var routes = new List<LoopbackRoute>();
        foreach (var group in new[] { "recorded", "authored" })
        {
            foreach (var entry in manifest.RootElement.GetProperty(group).EnumerateArray())
            {
                routes.Add(ToRoute(entry));
            }
        }
        return routes;
    }

    private static LoopbackRoute ToRoute(JsonElement entry)
    {
        var query = entry.TryGetProperty("query", out var queryElement)
            ? queryElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!)
            : null;
        var headers = entry.TryGetProperty("headers", out var headerElement)
            ? headerElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var body = entry.TryGetProperty("body", out var bodyElement) && bodyElement.ValueKind == JsonValueKind.String
            ? Body(bodyElement.GetString()!)
            : "";
        var response = new LoopbackResponse((HttpStatusCode)entry.GetProperty("status").GetInt32(), body) { Headers = headers };
        return LoopbackRoute.Sequence(entry.GetProperty("method").GetString()!, entry.GetProperty("path").GetString()!, query, [response]);
    }
}
