using System.CommandLine;

namespace ClawDev.Server.Cli;

/// <summary>The PATH argument of the verbs, checked before any work starts: a bad path is one clear line and exit code 2.</summary>
internal static class RootDirectory
{
    /// <summary>An optional PATH argument, "." by default.</summary>
    public static Argument<string> Argument(string description)
    {
        var argument = new Argument<string>("PATH") { Description = description, DefaultValueFactory = _ => "." };
        // System.CommandLine would take a misspelt option for the path; "./-name" still reaches a directory named so.
        argument.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens[0].Value.StartsWith('-'))
            {
                result.AddError($"Unrecognized option '{result.Tokens[0].Value}'.");
            }
        });
        return argument;
    }

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
