using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Host;

/// <summary>A handler class; it also carries <see cref="LspMethodAttribute"/>.</summary>
internal interface ILspHandler;

/// <summary>What a handler sees: the server state at the moment its message was taken from the queue.</summary>
/// <param name="ArrivedAt">The <see cref="System.Diagnostics.Stopwatch"/> timestamp at which the message was queued.</param>
internal sealed record RequestContext(ServerState State, long ArrivedAt);

internal interface IRequestHandler<in TParams, TResult> : ILspHandler
{
    Task<TResult> HandleAsync(TParams parameters, RequestContext context, CancellationToken cancellationToken);
}

internal interface INotificationHandler<in TParams> : ILspHandler
{
    Task HandleAsync(TParams parameters, RequestContext context, CancellationToken cancellationToken);
}
