namespace ClawDev.GitHub.Tests.Loopback;

/// <summary>A request as the loopback server received it, kept for assertions.</summary>
public sealed record LoopbackRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string PathAndQuery => Query.Count == 0
        ? Path
        : Path + "?" + string.Join('&', Query.Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value)}"));
}
