using System.Text.Json;
using System.Text.Json.Serialization;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Workspace;

public sealed record DidChangeWatchedFilesParams(
    [property: JsonPropertyName("changes")] IReadOnlyList<FileEvent> Changes);

public sealed record FileEvent(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("type")] FileChangeType Type);

public enum FileChangeType
{
    Created = 1,
    Changed = 2,
    Deleted = 3,
}

public sealed record DidChangeConfigurationParams(
    [property: JsonPropertyName("settings")] JsonElement? Settings = null);

public sealed record DidChangeWorkspaceFoldersParams(
    [property: JsonPropertyName("event")] WorkspaceFoldersChangeEvent Event);

public sealed record WorkspaceFoldersChangeEvent(
    [property: JsonPropertyName("added")] IReadOnlyList<WorkspaceFolder> Added,
    [property: JsonPropertyName("removed")] IReadOnlyList<WorkspaceFolder> Removed);

public sealed record ConfigurationParams(
    [property: JsonPropertyName("items")] IReadOnlyList<ConfigurationItem> Items);

public sealed record ConfigurationItem(
    [property: JsonPropertyName("scopeUri")] string? ScopeUri,
    [property: JsonPropertyName("section")] string? Section);

public sealed record RegistrationParams(
    [property: JsonPropertyName("registrations")] IReadOnlyList<Registration> Registrations);

public sealed record Registration(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("registerOptions")] DidChangeWatchedFilesRegistrationOptions? RegisterOptions);

public sealed record DidChangeWatchedFilesRegistrationOptions(
    [property: JsonPropertyName("watchers")] IReadOnlyList<FileSystemWatcher> Watchers);

public sealed record FileSystemWatcher(
    [property: JsonPropertyName("globPattern")] string GlobPattern,
    [property: JsonPropertyName("kind")] WatchKind? Kind);

[Flags]
public enum WatchKind
{
    Create = 1,
    Change = 2,
    Delete = 4,
}
