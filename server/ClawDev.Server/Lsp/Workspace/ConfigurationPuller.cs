using System.Text.Json;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Workspace;

/// <summary>
/// Gets the <c>clawdev</c> settings: pulled with workspace/configuration from clients that support it, otherwise
/// taken from what didChangeConfiguration pushes. The result is applied through the request queue like any other
/// state change, so it lands between messages, never during one.
/// </summary>
internal sealed class ConfigurationPuller(LanguageClient client, RequestQueue queue, WorkspaceChanges changes, ServerLifetime lifetime, ServerLog log)
{
    private const string ApplySettingsStep = "clawdev/applySettings";

    /// <summary>Pulls the settings in the background and applies them when they arrive.</summary>
    public void Refresh(ServerState state, JsonElement? pushed)
    {
        if (state.Client.PullsConfiguration)
        {
            _ = PullAsync();
        }
        else if (pushed is { ValueKind: JsonValueKind.Object } all && all.TryGetProperty(ClawDevSettings.Section, out var section))
        {
            Apply(section);
        }
    }

    private async Task PullAsync()
    {
        try
        {
            var sections = await client.RequestAsync<JsonElement[]>(
                Methods.WorkspaceConfiguration,
                new ConfigurationParams([new ConfigurationItem(null, ClawDevSettings.Section)]),
                lifetime.ShutdownToken);
            Apply(sections.Length > 0 ? sections[0] : null);
        }
        catch (OperationCanceledException) when (lifetime.ShutdownToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            log.Warning($"could not get the '{ClawDevSettings.Section}' settings from the client: {exception.Message}");
        }
    }

    private void Apply(JsonElement? section)
    {
        var problems = new List<string>();
        var settings = SettingsReader.Read(section, problems);
        foreach (var problem in problems)
        {
            log.Warning(problem);
        }
        _ = queue.Enqueue(ApplySettingsStep, mutatesState: true, (_, _) =>
        {
            changes.ApplySettings(settings);
            return Task.FromResult(true);
        }, CancellationToken.None);
    }
}
