using ClawDev.Server.Cli;
using ClawDev.Server.Reports;

namespace ClawDev.Server;

public static class Program
{
    public static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C stops the work cleanly; the exit code then says it was interrupted.
            e.Cancel = true;
            cancellation.Cancel();
        };
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        return ClawDevCli.Run(args, new CliStreams(output, Console.Error, input), RuleCatalog.Builtin(), cancellation.Token);
    }
}
