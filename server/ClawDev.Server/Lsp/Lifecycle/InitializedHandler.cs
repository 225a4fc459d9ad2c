using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Indexing;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Lifecycle;

/// <summary>
/// The client is ready for the server's own requests: watch files (in the background), pull the settings (the
/// messages after this one see them), then index the workspace in the background with them.
/// </summary>
[LspMethod(Methods.Initialized, MutatesState = true)]
internal sealed class InitializedHandler(WatchedFilesRegistrar watchedFiles, ConfigurationPuller configuration, WorkspaceIndexer indexer)
    : INotificationHandler<InitializedParams>
{
    public async Task HandleAsync(InitializedParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        _ = watchedFiles.RegisterAsync(context.State);
        await configuration.RefreshAsync(context.State, pushed: null);
        indexer.IndexAll();
    }
}
