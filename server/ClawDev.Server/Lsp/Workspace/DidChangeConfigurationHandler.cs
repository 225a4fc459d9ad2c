using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Workspace;

/// <summary>The settings changed: the messages after this one see the new ones.</summary>
[LspMethod(Methods.WorkspaceDidChangeConfiguration, MutatesState = true)]
internal sealed class DidChangeConfigurationHandler(ConfigurationPuller configuration) : INotificationHandler<DidChangeConfigurationParams>
{
    public Task HandleAsync(DidChangeConfigurationParams parameters, RequestContext context, CancellationToken cancellationToken) =>
        configuration.RefreshAsync(context.State, parameters.Settings);
}
