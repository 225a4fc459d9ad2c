using System.Text.Json.Serialization;
using ClawDev.Server.Lsp.Protocol;
using Range = ClawDev.Server.Lsp.Protocol.Range;

namespace ClawDev.Server.Lsp.Hover;

public sealed record HoverParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("position")] Position Position);

public sealed record Hover(
    [property: JsonPropertyName("contents")] MarkupContent Contents,
    [property: JsonPropertyName("range")] Range? Range);

public sealed record MarkupContent(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("value")] string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}
