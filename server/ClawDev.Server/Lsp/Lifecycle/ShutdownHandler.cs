using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Lifecycle;

/// <summary>Stops background work and answers null; the process ends at <c>exit</c>.</summary>
[LspMethod(Methods.Shutdown, MutatesState = true)]
internal sealed class ShutdownHandler(ServerLifetime lifetime, ServerLog log) : IRequestHandler<NoParams, object?>
{
    public Task<object?> HandleAsync(NoParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        log.Info("shutdown requested");
        lifetime.RequestShutdown();
        return Task.FromResult<object?>(null);
    }
}
