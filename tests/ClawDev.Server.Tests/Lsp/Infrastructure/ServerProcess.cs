using System.Diagnostics;
using System.Text.Json.Nodes;
using ClawDev.Server.Tests.TestSupport;

namespace ClawDev.Server.Tests.Lsp.Infrastructure;

/// <summary>The real <c>clawdev lsp</c> process (the build <see cref="ClawDevExecutable"/> names), started the way an editor starts it, with a <see cref="RawLspClient"/> on its stdio.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process)
    {
        _process = process;
        Client = new RawLspClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
        Stderr = process.StandardError.ReadToEndAsync();
    }

    public RawLspClient Client { get; }

    /// <summary>The process's resident memory now and at its highest so far, in MiB (from /proc).</summary>
    public (double Resident, double Peak) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        double MiB(string field) => long.Parse(status.Single(l => l.StartsWith(field, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
        return (MiB("VmRSS:"), MiB("VmHWM:"));
    }

    /// <summary>Everything the server wrote to stderr, once it has ended.</summary>
    public Task<string> Stderr { get; }

    public static ServerProcess Start(params string[] arguments) => Start(start => start, arguments);

    /// <param name="wrap">Changes how the process is started (e.g. <see cref="TestSupport.FilePermissions.Enforced"/>).</param>
    public static ServerProcess Start(Func<ProcessStartInfo, ProcessStartInfo> wrap, params string[] arguments)
    {
        var start = ClawDevExecutable.StartInfo(["lsp", .. arguments]);
        return new ServerProcess(Process.Start(wrap(start)) ?? throw new InvalidOperationException("could not start clawdev"));
    }

    /// <summary>The exit code, once the process has ended by itself.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan? timeout = null)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout ?? RawLspClient.DefaultTimeout);
        return _process.ExitCode;
    }

    /// <summary>initialize with <paramref name="folder"/> as the one workspace folder and initialized; returns the
    /// work-done progress that ends the first indexing.</summary>
    public async Task<JsonObject> OpenAndIndexAsync(string folder, TimeSpan? timeout = null)
    {
        await Client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = null,
            ["capabilities"] = new JsonObject { ["window"] = new JsonObject { ["workDoneProgress"] = true } },
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = new Uri(folder).AbsoluteUri, ["name"] = Path.GetFileName(folder) }),
        });
        await Client.NotifyAsync("initialized", new JsonObject());
        return await Client.NextAsync(m => (string?)m["method"] == "$/progress" && (string?)m["params"]!["value"]!["kind"] == "end", timeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        await Client.DisposeAsync();
        _process.Dispose();
    }
}
