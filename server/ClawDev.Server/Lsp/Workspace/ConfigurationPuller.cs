using System.Text.Json;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Workspace;

/// <summary>
/// Gets the <c>clawdev</c> settings: pulled with workspace/configuration from clients that support it, otherwise
/// taken from what didChangeConfiguration pushes. The state-changing handler that asks for them waits until they
/// are applied, so the very next request already works with them; only a client that takes longer than
/// <see cref="PullWait"/> to answer has its settings applied later, through the request queue, when the answer comes.
/// </summary>
internal sealed class ConfigurationPuller(LanguageClient client, RequestQueue queue, WorkspaceChanges changes, ServerLifetime lifetime, ServerLog log)
{
    /// <summary>How long the messages after a settings change wait for the client's answer (an editor answers in milliseconds).</summary>
    public static readonly TimeSpan PullWait = TimeSpan.FromSeconds(2);

    private const string ApplySettingsStep = "clawdev/applySettings";

    /// <summary>Numbers the refreshes, so that a late answer never replaces the settings of a newer one.</summary>
    private int _refreshes;

    /// <summary>Gets the settings and applies them; called from a state-changing handler, which awaits it.</summary>
    public async Task RefreshAsync(ServerState state, JsonElement? pushed)
    {
        var refresh = Interlocked.Increment(ref _refreshes);
        if (!state.Client.PullsConfiguration)
        {
            if (pushed is { ValueKind: JsonValueKind.Object } all && all.TryGetProperty(ClawDevSettings.Section, out var section))
            {
                changes.ApplySettings(Read(section));
            }
            return;
        }
        var pull = PullAsync();
        if (await Task.WhenAny(pull, Task.Delay(PullWait, lifetime.ShutdownToken)) == pull)
        {
            if (await pull is { } settings)
            {
                changes.ApplySettings(settings);
            }
            return;
        }
        log.Warning($"the client did not answer workspace/configuration within {PullWait.TotalSeconds:0} s; its '{ClawDevSettings.Section}' settings apply once it does");
        _ = ApplyWhenAnsweredAsync(pull, refresh);
    }

    /// <returns>The settings, or null when the client could not give them (logged).</returns>
    private async Task<ClawDevSettings?> PullAsync()
    {
        try
        {
            var sections = await client.RequestAsync<JsonElement[]>(
                Methods.WorkspaceConfiguration,
                new ConfigurationParams([new ConfigurationItem(null, ClawDevSettings.Section)]),
                lifetime.ShutdownToken);
            return Read(sections.Length > 0 ? sections[0] : null);
        }
        catch (OperationCanceledException) when (lifetime.ShutdownToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception exception)
        {
            log.Warning($"could not get the '{ClawDevSettings.Section}' settings from the client: {exception.Message}");
            return null;
        }
    }

    private async Task ApplyWhenAnsweredAsync(Task<ClawDevSettings?> pull, int refresh)
    {
        if (await pull is not { } settings)
        {
            return;
        }
        _ = queue.Enqueue(ApplySettingsStep, mutatesState: true, (_, _) =>
        {
            if (refresh == Volatile.Read(ref _refreshes))
            {
                changes.ApplySettings(settings);
            }
            return Task.FromResult(true);
        }, CancellationToken.None);
    }

    private ClawDevSettings Read(JsonElement? section)
    {
        var problems = new List<string>();
        var settings = SettingsReader.Read(section, problems);
        foreach (var problem in problems)
        {
            log.Warning(problem);
        }
        return settings;
    }
}
