using System.Net;

namespace ClawDev.GitHub.Tests.Loopback;

/// <summary>One answer of the loopback server. Header values and the body may contain <c>{base}</c>, which is
/// replaced by the server's base URL without the trailing slash (for Link and Location headers).</summary>
public sealed record LoopbackResponse(HttpStatusCode Status, string Body = "")
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Waits this long before answering (a timeout test sets it longer than the client's timeout).</summary>
    public TimeSpan Delay { get; init; }

    public LoopbackResponse WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { [name] = value } };

    public static LoopbackResponse Json(HttpStatusCode status, string body) => new(status, body);

    /// <summary>A GitHub-shaped error body: <c>{"message": …, "documentation_url": …}</c>.</summary>
    public static LoopbackResponse Error(HttpStatusCode status, string message) =>
        new(status, System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["message"] = message,
            ["documentation_url"] = "https://docs.github.com/rest",
        }));
}
