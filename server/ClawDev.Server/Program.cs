using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ClawDev.Server.Cli;
using ClawDev.Server.Reports;

namespace ClawDev.Server;

public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            return Run(args);
        }
        catch (Exception exception) when (DamagedInstallation.DamagedAssembly(exception) is { } assembly)
        {
            Console.Error.WriteLine(DamagedInstallation.Message(assembly));
            return ExitCodes.UsageOrIoError;
        }
    }

    // Not inlined: compiling Run loads clawdev's other assemblies, which must fail inside Main's try, not before it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Run(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        // The signal itself, not Console.CancelKeyPress: that sets up the terminal first (two more assemblies and
        // a descriptor, which took a scan past the 64 the kernel gives a process without a stall).
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            // The first Ctrl+C stops the work cleanly; the exit code then says it was interrupted.
            context.Cancel = true;
            cancellation.Cancel();
        });
        using var output = Console.OpenStandardOutput();
        return ClawDevCli.Run(args, new CliStreams(output, Console.Error, Console.OpenStandardInput), RuleCatalog.Builtin(), cancellation.Token);
    }
}
