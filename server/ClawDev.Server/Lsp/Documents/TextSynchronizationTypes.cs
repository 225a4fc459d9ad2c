using System.Text.Json.Serialization;
using ClawDev.Server.Lsp.Protocol;
using Range = ClawDev.Server.Lsp.Protocol.Range;

namespace ClawDev.Server.Lsp.Documents;

public sealed record DidOpenTextDocumentParams(
    [property: JsonPropertyName("textDocument")] TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(
    [property: JsonPropertyName("textDocument")] VersionedTextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("contentChanges")] IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

/// <summary>An incremental change (with <see cref="Range"/>) or the whole new text (without).</summary>
public sealed record TextDocumentContentChangeEvent
{
    [JsonPropertyName("range")] public Range? Range { get; init; }
    [JsonPropertyName("rangeLength")] public int? RangeLength { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }
}

public sealed record DidCloseTextDocumentParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("text")] string? Text = null);
