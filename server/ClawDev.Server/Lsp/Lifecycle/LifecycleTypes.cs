using System.Text.Json;
using System.Text.Json.Serialization;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Lifecycle;

public sealed record InitializeParams
{
    [JsonPropertyName("processId")] public int? ProcessId { get; init; }
    [JsonPropertyName("clientInfo")] public ClientInfo? ClientInfo { get; init; }
    [JsonPropertyName("rootPath")] public string? RootPath { get; init; }
    [JsonPropertyName("rootUri")] public string? RootUri { get; init; }
    [JsonPropertyName("initializationOptions")] public JsonElement? InitializationOptions { get; init; }
    [JsonPropertyName("capabilities")] public ClientCapabilities Capabilities { get; init; } = new();
    [JsonPropertyName("trace")] public string? Trace { get; init; }
    [JsonPropertyName("workspaceFolders")] public IReadOnlyList<WorkspaceFolder>? WorkspaceFolders { get; init; }
}

public sealed record ClientInfo(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("version")] string? Version = null);

/// <summary>The client capabilities the server looks at; everything else the client sends is ignored.</summary>
public sealed record ClientCapabilities
{
    [JsonPropertyName("general")] public GeneralClientCapabilities? General { get; init; }
    [JsonPropertyName("workspace")] public WorkspaceClientCapabilities? Workspace { get; init; }
    [JsonPropertyName("window")] public WindowClientCapabilities? Window { get; init; }
    [JsonPropertyName("textDocument")] public TextDocumentClientCapabilities? TextDocument { get; init; }
}

public sealed record GeneralClientCapabilities
{
    [JsonPropertyName("positionEncodings")] public IReadOnlyList<string>? PositionEncodings { get; init; }
}

public sealed record WorkspaceClientCapabilities
{
    [JsonPropertyName("configuration")] public bool? Configuration { get; init; }
    [JsonPropertyName("workspaceEdit")] public WorkspaceEditClientCapabilities? WorkspaceEdit { get; init; }
    [JsonPropertyName("workspaceFolders")] public bool? WorkspaceFolders { get; init; }
    [JsonPropertyName("didChangeWatchedFiles")] public DynamicRegistrationCapability? DidChangeWatchedFiles { get; init; }
}

public sealed record WorkspaceEditClientCapabilities
{
    [JsonPropertyName("documentChanges")] public bool? DocumentChanges { get; init; }
    [JsonPropertyName("changeAnnotationSupport")] public JsonElement? ChangeAnnotationSupport { get; init; }
}

public sealed record DynamicRegistrationCapability
{
    [JsonPropertyName("dynamicRegistration")] public bool? DynamicRegistration { get; init; }
}

public sealed record WindowClientCapabilities
{
    [JsonPropertyName("workDoneProgress")] public bool? WorkDoneProgress { get; init; }
}

public sealed record TextDocumentClientCapabilities
{
    [JsonPropertyName("publishDiagnostics")] public PublishDiagnosticsClientCapabilities? PublishDiagnostics { get; init; }
    [JsonPropertyName("codeAction")] public CodeActionClientCapabilities? CodeAction { get; init; }
}

public sealed record CodeActionClientCapabilities
{
    /// <summary>Present when the client takes CodeAction literals (not only commands).</summary>
    [JsonPropertyName("codeActionLiteralSupport")] public JsonElement? CodeActionLiteralSupport { get; init; }
    [JsonPropertyName("resolveSupport")] public CodeActionResolveSupport? ResolveSupport { get; init; }
}

public sealed record CodeActionResolveSupport
{
    /// <summary>The properties the client lets the server fill in at resolve time ("edit").</summary>
    [JsonPropertyName("properties")] public IReadOnlyList<string> Properties { get; init; } = [];
}

public sealed record PublishDiagnosticsClientCapabilities
{
    [JsonPropertyName("versionSupport")] public bool? VersionSupport { get; init; }
    [JsonPropertyName("codeDescriptionSupport")] public bool? CodeDescriptionSupport { get; init; }
    [JsonPropertyName("dataSupport")] public bool? DataSupport { get; init; }
}

public sealed record InitializeResult(
    [property: JsonPropertyName("capabilities")] ServerCapabilities Capabilities,
    [property: JsonPropertyName("serverInfo")] ServerInfo ServerInfo);

public sealed record ServerInfo(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("version")] string? Version);

/// <summary>What the server declares; only features it implements appear here.</summary>
public sealed record ServerCapabilities
{
    [JsonPropertyName("positionEncoding")] public required string PositionEncoding { get; init; }
    [JsonPropertyName("textDocumentSync")] public required TextDocumentSyncOptions TextDocumentSync { get; init; }
    [JsonPropertyName("workspace")] public required ServerWorkspaceCapabilities Workspace { get; init; }
    [JsonPropertyName("hoverProvider")] public bool? HoverProvider { get; init; }
    [JsonPropertyName("codeActionProvider")] public CodeActionOptions? CodeActionProvider { get; init; }
}

public sealed record CodeActionOptions(
    [property: JsonPropertyName("codeActionKinds")] IReadOnlyList<string> CodeActionKinds,
    [property: JsonPropertyName("resolveProvider")] bool ResolveProvider);

public enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}

public sealed record TextDocumentSyncOptions(
    [property: JsonPropertyName("openClose")] bool OpenClose,
    [property: JsonPropertyName("change")] TextDocumentSyncKind Change,
    [property: JsonPropertyName("save")] SaveOptions Save);

public sealed record SaveOptions(
    [property: JsonPropertyName("includeText")] bool IncludeText);

public sealed record ServerWorkspaceCapabilities(
    [property: JsonPropertyName("workspaceFolders")] WorkspaceFoldersServerCapabilities WorkspaceFolders);

public sealed record WorkspaceFoldersServerCapabilities(
    [property: JsonPropertyName("supported")] bool Supported,
    [property: JsonPropertyName("changeNotifications")] bool ChangeNotifications);

/// <summary>Empty by the specification (<c>{}</c>); whatever a client sends instead is ignored.</summary>
[JsonConverter(typeof(IgnoredParametersConverter<InitializedParams>))]
public sealed record InitializedParams;

public sealed record SetTraceParams(
    [property: JsonPropertyName("value")] string Value);

public sealed record LogTraceParams(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("verbose")] string? Verbose);

/// <summary>The <c>$/setTrace</c> values.</summary>
public static class TraceValue
{
    public const string Off = "off";
    public const string Messages = "messages";
    public const string Verbose = "verbose";
}
