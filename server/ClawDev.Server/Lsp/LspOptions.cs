using System.Globalization;
using ClawDev.Server.Lsp.GitHubSession;

namespace ClawDev.Server.Lsp;

/// <summary>The command line of <c>clawdev lsp</c>.</summary>
/// <param name="ClientProcessId">Exit when this process dies (the editor that started the server).</param>
public sealed record LspOptions(int? ClientProcessId)
{
    public static LspOptions Default { get; } = new(ClientProcessId: null);

    /// <summary>The key GitHub sessions come sealed with; not a command-line argument (see <see cref="SessionKey"/>).</summary>
    public SessionKeyReading SessionKey { get; init; } = SessionKeyReading.Absent;

    /// <summary>
    /// Parses <c>[--stdio] [--clientProcessId N]</c> (also <c>--clientProcessId=N</c>). <c>--stdio</c> is accepted
    /// and ignored: stdio is the only transport.
    /// </summary>
    /// <param name="error">What is wrong with the arguments, when false is returned.</param>
    public static bool TryParse(IReadOnlyList<string> args, out LspOptions options, out string? error)
    {
        options = Default;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--stdio")
            {
                continue;
            }
            string? value;
            if (arg == "--clientProcessId")
            {
                if (i + 1 >= args.Count)
                {
                    error = "--clientProcessId needs a process id";
                    return false;
                }
                value = args[++i];
            }
            else if (arg.StartsWith("--clientProcessId=", StringComparison.Ordinal))
            {
                value = arg["--clientProcessId=".Length..];
            }
            else
            {
                error = $"unknown argument '{arg}' (expected --stdio or --clientProcessId N)";
                return false;
            }
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var processId) || processId <= 0)
            {
                error = $"--clientProcessId needs a positive process id, not '{value}'";
                return false;
            }
            options = options with { ClientProcessId = processId };
        }
        return true;
    }
}
