using System.CommandLine;
using ClawDev.Server.Lsp;

namespace ClawDev.Server.Cli;

/// <summary>`clawdev lsp [--stdio] [--clientProcessId N]`: the language server on stdin/stdout.</summary>
internal sealed class LspVerb
{
    public Command Build(CliStreams streams, CancellationToken cancellationToken)
    {
        // Language clients pass their own flags (--stdio, --clientProcessId=N); LspOptions reads them as written.
        var command = new Command("lsp", "Run the ClawDev language server over stdio (started by the editor).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(parseResult => Run(parseResult.UnmatchedTokens, streams, cancellationToken));
        return command;
    }

    private static int Run(IReadOnlyList<string> arguments, CliStreams streams, CancellationToken cancellationToken)
    {
        if (!LspOptions.TryParse(arguments, out var options, out var error))
        {
            return CliErrors.Usage(streams, error ?? "invalid arguments", "lsp");
        }
        // The server owns (and disposes) its own stdio streams; the CLI's report streams stay untouched.
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        return LspCommand.RunAsync(options, input, output, cancellationToken).GetAwaiter().GetResult();
    }
}
