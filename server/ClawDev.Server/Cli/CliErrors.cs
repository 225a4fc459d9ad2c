using ClawDev.Server.Reports;

namespace ClawDev.Server.Cli;

/// <summary>The one place that turns a failure into the single line a user sees on stderr.</summary>
internal static class CliErrors
{
    public static int Usage(CliStreams streams, string message, string? verb = null)
    {
        streams.Error.Write($"clawdev: {OneLine(message)}\n");
        streams.Error.Write($"Run 'clawdev {(verb is null ? "" : verb + " ")}--help' for usage.\n");
        return ExitCodes.UsageOrIoError;
    }

    public static int Io(CliStreams streams, string message)
    {
        streams.Error.Write($"clawdev: {OneLine(message)}\n");
        return ExitCodes.UsageOrIoError;
    }

    // System.CommandLine lays some messages out over several lines ("Must be one of:\n\t'text'..."); a path in a
    // message may hold any other control character.
    private static string OneLine(string message) =>
        TerminalText.Escape(string.Join(' ', message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    /// <summary>Exceptions that mean the file system said no: reported with the path, never with a stack trace.</summary>
    public static bool IsIo(Exception e) => e is IOException or UnauthorizedAccessException;
}
