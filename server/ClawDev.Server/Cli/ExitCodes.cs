namespace ClawDev.Server.Cli;

/// <summary>clawdev's exit codes, the same for every verb.</summary>
public static class ExitCodes
{
    /// <summary>No findings (or coverage at or above --fail-under).</summary>
    public const int Clean = 0;

    /// <summary>Findings (or coverage below --fail-under); for `config`, configuration problems.</summary>
    public const int Failed = 1;

    /// <summary>A usage error or an I/O error: nothing was reported.</summary>
    public const int UsageOrIoError = 2;

    /// <summary>Interrupted (Ctrl+C), as shells report a SIGINT.</summary>
    public const int Cancelled = 130;
}
