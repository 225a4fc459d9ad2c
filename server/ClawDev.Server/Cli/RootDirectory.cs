namespace ClawDev.Server.Cli;

/// <summary>Checks a PATH argument before any work starts, so a bad path is one clear line and exit code 2.</summary>
internal static class RootDirectory
{
    /// <returns>The full path, or null after reporting the problem.</returns>
    public static string? Resolve(string path, CliStreams streams, out int exitCode)
    {
        exitCode = ExitCodes.Clean;
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            exitCode = CliErrors.Io(streams, $"not a directory: {path} (give the repository's directory; its configuration is read from there)");
            return null;
        }
        if (!Directory.Exists(full))
        {
            exitCode = CliErrors.Io(streams, $"no such directory: {path}");
            return null;
        }
        return full;
    }
}
