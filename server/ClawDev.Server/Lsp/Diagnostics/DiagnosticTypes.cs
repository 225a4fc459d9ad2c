using System.Text.Json.Serialization;
using Range = ClawDev.Server.Lsp.Protocol.Range;

namespace ClawDev.Server.Lsp.Diagnostics;

public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

public sealed record PublishDiagnosticsParams(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("version")] int? Version,
    [property: JsonPropertyName("diagnostics")] IReadOnlyList<Diagnostic> Diagnostics);

public sealed record Diagnostic
{
    [JsonPropertyName("range")] public required Range Range { get; init; }
    [JsonPropertyName("severity")] public DiagnosticSeverity? Severity { get; init; }
    [JsonPropertyName("code")] public string? Code { get; init; }
    [JsonPropertyName("codeDescription")] public CodeDescription? CodeDescription { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("message")] public required string Message { get; init; }
    [JsonPropertyName("data")] public DiagnosticData? Data { get; init; }
}

public sealed record CodeDescription(
    [property: JsonPropertyName("href")] string Href);

/// <summary>
/// What ClawDev puts in <see cref="Diagnostic.Data"/>: everything a code action for the finding needs, so listing
/// code actions does not analyse the file again.
/// </summary>
/// <param name="Code">The rule code (repeated so the data stands alone).</param>
/// <param name="Symbol">Qualified symbol ("Trainer.train"), or the dotted module name for module findings.</param>
/// <param name="Parameters">The parameter names concerned, in signature order (parameter rules), else empty.</param>
/// <param name="Version">The document version the finding was computed on (null for a file that is not open).</param>
public sealed record DiagnosticData(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("parameters")] IReadOnlyList<string> Parameters,
    [property: JsonPropertyName("version")] int? Version);
