using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Handlers;

[LspMethod(Methods.WorkspaceDidChangeConfiguration, MutatesState = true)]
internal sealed class DidChangeConfigurationHandler(ConfigurationPuller configuration) : INotificationHandler<DidChangeConfigurationParams>
{
    public Task HandleAsync(DidChangeConfigurationParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        configuration.Refresh(context.State, parameters.Settings);
        return Task.CompletedTask;
    }
}
