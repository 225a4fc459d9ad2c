using System.CommandLine;
using ClawDev.Server.Reports;

namespace ClawDev.Server.Cli;

/// <summary>The command line: builds the verbs, parses, and turns every outcome into an exit code.</summary>
public static class ClawDevCli
{
    /// <param name="environment">The token, cache folder and terminal; null for this process's.</param>
    public static int Run(string[] args, CliStreams streams, RuleCatalog rules, CancellationToken cancellationToken, CliEnvironment? environment = null)
    {
        var root = new RootCommand("ClawDev: find undocumented Python APIs and parameters, judged by the repository's own rules.")
        {
            new ScanCommand(rules).Build(streams, cancellationToken),
            new ConfigCommand().Build(streams),
            new RuleCommand(rules).Build(streams),
            new DraftCommand().Build(streams, cancellationToken),
            LanguageServerCommand.Build(streams, cancellationToken),
            new PullRequestCommand(environment ?? CliEnvironment.FromProcess()).Build(streams, cancellationToken),
            new IssuesCommand(environment ?? CliEnvironment.FromProcess()).Build(streams, cancellationToken),
        };
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            var verb = parseResult.CommandResult.Command == root ? null : parseResult.CommandResult.Command.Name;
            return CliErrors.Usage(streams, string.Join(" ", parseResult.Errors.Select(e => e.Message)), verb);
        }
        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = streams.OutputText,
                Error = streams.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            streams.Error.Write("clawdev: cancelled\n");
            return ExitCodes.Cancelled;
        }
        finally
        {
            streams.Flush();
        }
    }
}
