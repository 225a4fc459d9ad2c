using System.Text;
using ClawDev.Server.Cli;
using ClawDev.Server.Reports;

namespace ClawDev.Server.Tests.TestSupport;

/// <summary>The outcome of one in-process run of the clawdev command line.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the same entry point as Program.Main, with standard output and error captured.</summary>
    public static CliRun Invoke(RuleCatalog rules, params string[] args) => Invoke(rules, null, args);

    /// <param name="environment">The environment variables and clock the verbs see; null for this process's.</param>
    public static CliRun Invoke(RuleCatalog rules, CliEnvironment? environment, params string[] args)
    {
        using var output = new MemoryStream();
        var error = new StringWriter();
        var exitCode = ClawDevCli.Run(args, new CliStreams(output, error), rules, CancellationToken.None, environment);
        return new CliRun(exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
