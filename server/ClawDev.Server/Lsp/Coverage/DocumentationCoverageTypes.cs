using System.Text.Json.Serialization;
using Range = ClawDev.Server.Lsp.Protocol.Range;

namespace ClawDev.Server.Lsp.Coverage;

// ClawDev's custom methods, for the README:
//
// clawdev/documentationCoverage (request, client → server)
//   params: { "uri"?: string }  a workspace folder, a directory or a Python file (file: URI); absent = every folder
//   result: { "complete": boolean,
//             "total": { "total": number, "documented": number, "percent": number },
//             "modules": [ { "uri": string, "path": string, "module": string,
//                            "total": number, "documented": number, "percent": number,
//                            "excludedBecause"?: string,
//                            "missing": [ { "symbol": string, "line": number, "range": Range,
//                                           "exposure": "rendered" | "exported" | "public" } ] } ] }
//   Coverage with interrogate's semantics, as `clawdev scan` counts it: open documents as they are in the editor,
//   every other file as it is on disk. "complete" is false while the workspace is still being indexed (or the
//   user cancelled indexing): the numbers then cover the files indexed so far. Modules are ordered by URI;
//   "path" is relative to the module's workspace folder; "line" is 0-based; "exposure" says whether the definition
//   is on the project's documentation pages, in its package's exports, or neither (most exposed first in "missing").
//
// clawdev/refreshDocumentationCoverage (notification, server → client, no params)
//   Coverage changed (indexing finished, a file changed): ask again.

public sealed record DocumentationCoverageParams
{
    /// <summary>A folder or a file to limit the answer to; null for every workspace folder.</summary>
    [JsonPropertyName("uri")] public string? Uri { get; init; }
}

public sealed record DocumentationCoverageResult(
    [property: JsonPropertyName("complete")] bool Complete,
    [property: JsonPropertyName("total")] CoverageTotals Total,
    [property: JsonPropertyName("modules")] IReadOnlyList<ModuleCoverageEntry> Modules);

public sealed record CoverageTotals(
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("documented")] int Documented,
    [property: JsonPropertyName("percent")] double Percent);

public sealed record ModuleCoverageEntry
{
    [JsonPropertyName("uri")] public required string Uri { get; init; }
    [JsonPropertyName("path")] public required string Path { get; init; }
    [JsonPropertyName("module")] public required string Module { get; init; }
    [JsonPropertyName("total")] public required int Total { get; init; }
    [JsonPropertyName("documented")] public required int Documented { get; init; }
    [JsonPropertyName("percent")] public required double Percent { get; init; }
    [JsonPropertyName("excludedBecause")] public string? ExcludedBecause { get; init; }
    [JsonPropertyName("missing")] public required IReadOnlyList<MissingDocumentation> Missing { get; init; }
}

/// <summary>One definition that counts towards coverage and has no docstring.</summary>
/// <param name="Symbol">Qualified name in its module ("Trainer.train"); the dotted module name for the module itself.</param>
/// <param name="Line">0-based line of its name.</param>
/// <param name="Range">Its name (the start of the file for the module).</param>
/// <param name="Exposure">"rendered", "exported" or "public" (see Core's Exposure).</param>
public sealed record MissingDocumentation(
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("range")] Range Range,
    [property: JsonPropertyName("exposure")] string Exposure);
