using System.Text.Json.Serialization;

namespace ClawDev.Server.Lsp.Protocol;

public enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
}

public sealed record LogMessageParams(
    [property: JsonPropertyName("type")] MessageType Type,
    [property: JsonPropertyName("message")] string Message);

public sealed record WorkDoneProgressCreateParams(
    [property: JsonPropertyName("token")] string Token);

/// <summary>The server only creates string tokens, so the client's cancel carries one of those back.</summary>
public sealed record WorkDoneProgressCancelParams(
    [property: JsonPropertyName("token")] ProgressToken Token);

public sealed record ProgressParams<T>(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("value")] T Value);

public sealed record WorkDoneProgressBegin(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("cancellable")] bool Cancellable,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("percentage")] int? Percentage)
{
    [JsonPropertyName("kind")] public string Kind => "begin";
}

public sealed record WorkDoneProgressReport(
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("percentage")] int? Percentage)
{
    [JsonPropertyName("kind")] public string Kind => "report";
}

public sealed record WorkDoneProgressEnd(
    [property: JsonPropertyName("message")] string? Message)
{
    [JsonPropertyName("kind")] public string Kind => "end";
}
