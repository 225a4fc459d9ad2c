using System.Collections.Immutable;
using ClawDev.Server.Lsp.Analysis;
using ClawDev.Server.Lsp.CodeActions;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Indexing;
using ClawDev.Server.Lsp.Lifecycle;

namespace ClawDev.Server.Lsp.Workspace;

/// <summary>
/// Everything the server knows at one moment. Immutable: handlers that change state publish a new one. The caches
/// are the exception: every state of one server shares them (<see cref="ServerSession"/>'s first state makes them,
/// the session disposes them); each holds what is derived from an immutable document version, so sharing them
/// changes no answer.
/// </summary>
internal sealed record ServerState
{
    /// <summary>Open documents by the URI the client used.</summary>
    public ImmutableDictionary<string, TextDocument> Documents { get; init; } = ImmutableDictionary.Create<string, TextDocument>(StringComparer.Ordinal);

    public ImmutableArray<WorkspaceRoot> Roots { get; init; } = [];

    /// <summary>Every Python file of the workspace folders, as far as indexing has got.</summary>
    public WorkspaceIndex Index { get; init; } = WorkspaceIndex.Empty;

    /// <summary>True when every workspace folder has been indexed to the end.</summary>
    public bool IsIndexComplete => Roots.All(root => Index.IndexedFolders.Contains(root.Directory));

    public ClawDevSettings Settings { get; init; } = ClawDevSettings.Default;

    public ClientProfile Client { get; init; } = ClientProfile.Unknown;

    /// <summary>The <c>$/setTrace</c> value.</summary>
    public string Trace { get; init; } = TraceValue.Off;

    /// <summary>Each open document version's analysis, shared by diagnostics, hover, code actions and the GitHub features.</summary>
    public DocumentAnalyzer Analyses { get; init; } = new();

    /// <summary>Each open document version's drafter, shared by listing code actions and resolving them.</summary>
    public DraftingCache Drafters { get; init; } = new();
}

/// <summary>What the client said it can do, reduced to the questions the server asks.</summary>
/// <param name="TakesCodeActions">It accepts code action literals (not only commands).</param>
/// <param name="ResolvesCodeActionEdits">It asks for a code action's edit with codeAction/resolve, so listing need not compute it.</param>
/// <param name="AppliesVersionedEdits">Its workspace edits take documentChanges, which name the document version they were made for.</param>
/// <param name="AnnotatesEdits">It shows change annotations (a label and description beside edits, e.g. where a draft's text came from).</param>
internal sealed record ClientProfile(
    PositionEncoding Encoding,
    bool PullsConfiguration,
    bool RegistersWatchedFiles,
    bool ShowsWorkDoneProgress,
    bool TakesCodeActions,
    bool ResolvesCodeActionEdits,
    bool AppliesVersionedEdits,
    bool AnnotatesEdits = false)
{
    public static ClientProfile Unknown { get; } = new(PositionEncoding.Utf16, false, false, false, false, false, false);

    public static ClientProfile From(ClientCapabilities capabilities) => new(
        PositionEncoding.Negotiate(capabilities.General?.PositionEncodings),
        PullsConfiguration: capabilities.Workspace?.Configuration == true,
        RegistersWatchedFiles: capabilities.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true,
        ShowsWorkDoneProgress: capabilities.Window?.WorkDoneProgress == true,
        TakesCodeActions: capabilities.TextDocument?.CodeAction?.CodeActionLiteralSupport is not null,
        ResolvesCodeActionEdits: capabilities.TextDocument?.CodeAction?.ResolveSupport?.Properties.Contains("edit") == true,
        AppliesVersionedEdits: capabilities.Workspace?.WorkspaceEdit?.DocumentChanges == true,
        AnnotatesEdits: capabilities.Workspace?.WorkspaceEdit is { DocumentChanges: true, ChangeAnnotationSupport: not null });
}
