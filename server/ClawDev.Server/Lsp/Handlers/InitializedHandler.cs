using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Indexing;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Handlers;

/// <summary>The client is ready for the server's own requests: watch files, pull settings, index the workspace — all in the background.</summary>
[LspMethod(Methods.Initialized, MutatesState = true)]
internal sealed class InitializedHandler(WatchedFilesRegistrar watchedFiles, ConfigurationPuller configuration, WorkspaceIndexer indexer)
    : INotificationHandler<InitializedParams>
{
    public Task HandleAsync(InitializedParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        _ = watchedFiles.RegisterAsync(context.State);
        configuration.Refresh(context.State, pushed: null);
        indexer.IndexAll();
        return Task.CompletedTask;
    }
}
