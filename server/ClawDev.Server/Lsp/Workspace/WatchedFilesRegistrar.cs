using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Workspace;

/// <summary>Asks the client to watch Python and configuration files (dynamic registration of workspace/didChangeWatchedFiles).</summary>
internal sealed class WatchedFilesRegistrar(LanguageClient client, ServerLifetime lifetime, ServerLog log)
{
    public const string RegistrationId = "clawdev/watchedFiles";
    public const string PythonPattern = "**/*.py";

    public async Task RegisterAsync(ServerState state)
    {
        if (!state.Client.RegistersWatchedFiles)
        {
            log.Info("the client cannot watch files for the server; files changed outside the editor are seen when they are saved or reopened");
            return;
        }
        var watchers = new[]
        {
            new FileSystemWatcher(PythonPattern, null),
            new FileSystemWatcher(ConfigurationFiles.WatchPattern, null),
        };
        var registration = new Registration(RegistrationId, Methods.WorkspaceDidChangeWatchedFiles, new DidChangeWatchedFilesRegistrationOptions(watchers));
        try
        {
            await client.RequestAsync<object?>(Methods.ClientRegisterCapability, new RegistrationParams([registration]), lifetime.ShutdownToken);
        }
        catch (OperationCanceledException) when (lifetime.ShutdownToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            log.Warning($"the client refused to watch files: {exception.Message}");
        }
    }
}
