using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Lifecycle;

[LspMethod(Methods.Exit, MutatesState = true)]
internal sealed class ExitHandler(ServerLifetime lifetime) : INotificationHandler<NoParams>
{
    public Task HandleAsync(NoParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        lifetime.Exit();
        return Task.CompletedTask;
    }
}
