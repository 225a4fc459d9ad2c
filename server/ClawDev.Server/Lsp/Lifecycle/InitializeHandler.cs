using System.Collections.Immutable;
using System.Reflection;
using ClawDev.Server.Lsp.CodeActions;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Lifecycle;

[LspMethod(Methods.Initialize, MutatesState = true)]
internal sealed class InitializeHandler(ServerSession session, LanguageClient client, ClientProcessMonitor processMonitor, ServerLog log)
    : IRequestHandler<InitializeParams, InitializeResult>
{
    public Task<InitializeResult> HandleAsync(InitializeParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        log.ForwardTo(client);
        if (parameters.ProcessId is { } processId)
        {
            processMonitor.Watch(processId);
        }
        var roots = OpenRoots(parameters, context.State.Settings.Rules);
        var state = session.Update(state => state with
        {
            Client = ClientProfile.From(parameters.Capabilities),
            Roots = roots,
            Trace = parameters.Trace ?? TraceValue.Off,
        });
        return Task.FromResult(new InitializeResult(Capabilities(state.Client), Server));
    }

    private static ServerCapabilities Capabilities(ClientProfile client) => new()
    {
        PositionEncoding = client.Encoding.Name,
        TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncKind.Incremental, new SaveOptions(IncludeText: false)),
        Workspace = new ServerWorkspaceCapabilities(new WorkspaceFoldersServerCapabilities(Supported: true, ChangeNotifications: true)),
        HoverProvider = true,
        CodeActionProvider = client.TakesCodeActions
            ? new CodeActionOptions([CodeActionKind.QuickFix, CodeActionKind.DocumentFile], ResolveProvider: true)
            : null,
    };

    private static ServerInfo Server { get; } = new(
        "clawdev",
        typeof(InitializeHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    /// <summary>The workspace folders; for clients without them, the single rootUri (or the older rootPath).</summary>
    private ImmutableArray<WorkspaceRoot> OpenRoots(InitializeParams parameters, RuleOverrides overrides)
    {
        IEnumerable<WorkspaceFolder> folders = parameters.WorkspaceFolders
            ?? (parameters.RootUri is { } rootUri ? [new WorkspaceFolder(rootUri, Path.GetFileName(rootUri.TrimEnd('/')))]
            : parameters.RootPath is { } rootPath ? [new WorkspaceFolder(DocumentUris.FromLocalPath(Path.GetFullPath(rootPath)), Path.GetFileName(rootPath))]
            : []);
        return WorkspaceRoots.Open(folders, overrides, log);
    }
}
