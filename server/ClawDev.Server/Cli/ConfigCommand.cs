using System.CommandLine;
using ClawDev.Core.Configuration;
using ClawDev.Server.Reports;

namespace ClawDev.Server.Cli;

/// <summary>`clawdev config [PATH]`: every active setting with the file it came from, and any configuration problems.</summary>
internal sealed class ConfigCommand
{
    private readonly Argument<string> _path = RootDirectory.Argument("The repository whose configuration to show.");

    public Command Build(CliStreams streams)
    {
        var command = new Command("config", "Show the documentation-rule settings in force and where each comes from (exit 1 when the configuration has problems).")
        {
            _path,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(_path)!, streams));
        return command;
    }

    private static int Run(string path, CliStreams streams)
    {
        if (RootDirectory.Resolve(path, streams, out var exitCode) is not { } root)
        {
            return exitCode;
        }
        var configuration = ProjectConfiguration.Load(root);
        var output = streams.OutputText;
        output.Write(TerminalText.Of($"Configuration of {root}\n"));
        ConfigurationText.WriteProfile(output, configuration.Profile, configuration.Scope, configuration.Tools);
        output.Write("Settings:\n");
        ConfigurationText.WriteSettings(output, configuration.Settings);
        if (configuration.Problems.Count == 0)
        {
            return ExitCodes.Clean;
        }
        output.Write("Problems:\n");
        foreach (var problem in configuration.Problems)
        {
            output.Write(TerminalText.Of($"  {problem}\n"));
        }
        return ExitCodes.Failed;
    }
}
