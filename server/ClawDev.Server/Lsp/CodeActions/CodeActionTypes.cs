using System.Text.Json;
using System.Text.Json.Serialization;
using ClawDev.Server.Lsp.Protocol;
using Range = ClawDev.Server.Lsp.Protocol.Range;

namespace ClawDev.Server.Lsp.CodeActions;

public sealed record CodeActionParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("range")] Range Range,
    [property: JsonPropertyName("context")] CodeActionContext Context);

/// <summary>
/// The diagnostics are kept as the client sent them: they come from every tool with diagnostics at that place, each
/// with its own shape of code and data, and a quick fix hands its own back unchanged.
/// </summary>
public sealed record CodeActionContext(
    [property: JsonPropertyName("diagnostics")] IReadOnlyList<JsonElement> Diagnostics)
{
    /// <summary>The kinds the client asks for, or null for every kind.</summary>
    [JsonPropertyName("only")] public IReadOnlyList<string>? Only { get; init; }
}

/// <summary>The code action kinds ClawDev offers.</summary>
public static class CodeActionKind
{
    public const string QuickFix = "quickfix";

    /// <summary>"Document everything in this file": a source action named like <c>source.fixAll.&lt;tool&gt;</c>, but not
    /// under source.fixAll, which editors run on save — a whole file of drafts is something to ask for.</summary>
    public const string DocumentFile = "source.documentAll.clawdev";
}

public sealed record CodeAction
{
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    [JsonPropertyName("diagnostics")] public IReadOnlyList<JsonElement>? Diagnostics { get; init; }
    [JsonPropertyName("isPreferred")] public bool? IsPreferred { get; init; }
    [JsonPropertyName("edit")] public WorkspaceEdit? Edit { get; init; }
    [JsonPropertyName("data")] public CodeActionData? Data { get; init; }

    /// <summary>For an action that runs a client command instead of editing (it has no <see cref="Data"/> to resolve).</summary>
    [JsonPropertyName("command")] public Command? Command { get; init; }
}

/// <summary>A client command with its arguments (LSP <c>Command</c>).</summary>
public sealed record Command(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("command")] string CommandId,
    [property: JsonPropertyName("arguments")] IReadOnlyList<JsonElement> Arguments);

/// <summary>What <c>codeAction/resolve</c> needs to compute a code action's edit.</summary>
/// <param name="Uri">The document.</param>
/// <param name="Version">The document version the action was offered for.</param>
public sealed record CodeActionData(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("version")] int Version)
{
    /// <summary>The rule code of the diagnostic it fixes; null for the whole-file action.</summary>
    [JsonPropertyName("code")] public string? Code { get; init; }

    /// <summary>The definition (or module) the diagnostic is about; null for the whole-file action.</summary>
    [JsonPropertyName("symbol")] public string? Symbol { get; init; }

    /// <summary>The line the diagnostic starts on, which tells two definitions with one name apart.</summary>
    [JsonPropertyName("line")] public int Line { get; init; }
}

/// <summary>Either <see cref="DocumentChanges"/> (versioned, for clients that support it) or <see cref="Changes"/>.</summary>
public sealed record WorkspaceEdit
{
    [JsonPropertyName("changes")] public IReadOnlyDictionary<string, IReadOnlyList<TextEdit>>? Changes { get; init; }
    [JsonPropertyName("documentChanges")] public IReadOnlyList<TextDocumentEdit>? DocumentChanges { get; init; }

    /// <summary>What the edits' <see cref="TextEdit.AnnotationId"/>s stand for, shown in the client's preview of the edit.</summary>
    [JsonPropertyName("changeAnnotations")] public IReadOnlyDictionary<string, ChangeAnnotation>? ChangeAnnotations { get; init; }
}

/// <summary>LSP <c>ChangeAnnotation</c>: a label and description a client shows beside the edits that carry it.</summary>
public sealed record ChangeAnnotation(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("needsConfirmation")] bool NeedsConfirmation);

/// <summary>A document by URI and version; a null version (written out, as the protocol asks) for a file that is
/// not open: the client applies the edit to the file as it is.</summary>
public sealed record OptionalVersionedTextDocumentIdentifier(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("version"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Version);

public sealed record TextDocumentEdit(
    [property: JsonPropertyName("textDocument")] OptionalVersionedTextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("edits")] IReadOnlyList<TextEdit> Edits);

public sealed record TextEdit(
    [property: JsonPropertyName("range")] Range Range,
    [property: JsonPropertyName("newText")] string NewText)
{
    /// <summary>Makes it an <c>AnnotatedTextEdit</c>: the key of its <see cref="WorkspaceEdit.ChangeAnnotations"/> entry.</summary>
    [JsonPropertyName("annotationId")] public string? AnnotationId { get; init; }
}
