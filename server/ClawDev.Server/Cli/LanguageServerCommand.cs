using System.CommandLine;
using ClawDev.Server.Lsp;

namespace ClawDev.Server.Cli;

/// <summary>`clawdev lsp [--stdio] [--clientProcessId N]`: the language server on standard input and output.</summary>
internal static class LanguageServerCommand
{
    public static Command Build(CliStreams streams, CancellationToken cancellationToken)
    {
        // Editors pass their own flags; LspOptions owns their meaning, so they reach it unparsed.
        var command = new Command("lsp", "Run the language server on standard input/output (options: --stdio, --clientProcessId N).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(parseResult =>
        {
            if (!LspOptions.TryParse([.. parseResult.UnmatchedTokens], out var options, out var error))
            {
                return CliErrors.Usage(streams, error!, "lsp");
            }
            return LspCommand.RunAsync(options, streams.Input, streams.Output, cancellationToken).GetAwaiter().GetResult();
        });
        return command;
    }
}
