namespace ClawDev.Server.Cli;

/// <summary>
/// An installation that lost or broke one of clawdev's own assemblies (an interrupted `dotnet tool install`, a
/// truncated download, a partly deleted folder): the runtime reports it as an exception at the first use of that
/// assembly. Turned into one message that says what to reinstall, instead of a stack trace. Touches nothing but the
/// base library, so it works whichever of clawdev's assemblies is the damaged one.
/// </summary>
public static class DamagedInstallation
{
    /// <summary>The assembly that could not be loaded, when <paramref name="exception"/> is such a failure.</summary>
    public static string? DamagedAssembly(Exception exception)
    {
        var fileName = exception switch
        {
            FileNotFoundException missing => missing.FileName,
            FileLoadException unloadable => unloadable.FileName,
            BadImageFormatException corrupt => corrupt.FileName,
            _ => null,
        };
        // An assembly is named by its display name ("ClawDev.Core, Version=1.0.0.0, ..."); a user's file by its path.
        return fileName is not null && fileName.Contains(", Version=", StringComparison.Ordinal)
            ? fileName[..fileName.IndexOf(',', StringComparison.Ordinal)]
            : null;
    }

    public static string Message(string assembly) =>
        $"clawdev: this clawdev installation is damaged ({assembly}.dll is missing or unreadable). Reinstall clawdev: "
        + "the .NET tool with `dotnet tool uninstall --global clawdev` and `dotnet tool install --global clawdev`; "
        + "a clawdev-<platform> binary by downloading it again; in VS Code, the ClawDev extension.";
}
