namespace ClawDev.Server.Cli;

/// <summary>What the verbs take from the process besides their streams: environment variables and the clock
/// (tests give their own, so a token or a cache folder of the machine never leaks in).</summary>
public sealed record CliEnvironment(Func<string, string?> Variables, TimeProvider Clock)
{
    public static CliEnvironment Process { get; } = new(Environment.GetEnvironmentVariable, TimeProvider.System);
}
