using ClawDev.Server.Lsp.GitHubSession;

namespace ClawDev.Server.Lsp;

/// <summary>The <c>clawdev lsp</c> verb: a Language Server Protocol server on the given streams (stdin/stdout).</summary>
public static class LspCommand
{
    /// <summary>Serves until <c>exit</c>, the end of the input, the death of the client process, or cancellation.</summary>
    /// <returns>0 after <c>shutdown</c> then <c>exit</c>; 1 otherwise.</returns>
    public static async Task<int> RunAsync(LspOptions options, Stream input, Stream output, CancellationToken cancellationToken)
    {
        // Frames are the only thing allowed on stdout: anything that writes to Console.Out goes to stderr instead.
        var stderr = Console.Error;
        Console.SetOut(stderr);
        await using var server = new LanguageServer(input, output, stderr, options with { SessionKey = SessionKey.FromEnvironment() });
        return await server.RunAsync(cancellationToken);
    }
}
