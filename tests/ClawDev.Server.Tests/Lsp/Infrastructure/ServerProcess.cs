using System.Diagnostics;
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

    public static ServerProcess Start(params string[] arguments) => StartWith(new Dictionary<string, string?>(), arguments);

    /// <param name="environment">Variables to set (a null value removes the variable) on top of this process's.</param>
    public static ServerProcess StartWith(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = ClawDevExecutable.StartInfo(["lsp", .. arguments]);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return new ServerProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start clawdev"));
    }

    /// <summary>The exit code, once the process has ended by itself.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan? timeout = null)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout ?? RawLspClient.DefaultTimeout);
        return _process.ExitCode;
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
