using ClawDev.GitHub.Auth;
using ClawDev.GitHub.Cache;

namespace ClawDev.Server.Cli;

/// <summary>What the verbs read from the process beyond their arguments: environment variables (the GitHub token,
/// the cache folder) and whether a person at a terminal can answer a question.</summary>
/// <param name="Variable">An environment variable's value, or null.</param>
/// <param name="IsInteractive">Standard input is a terminal: a confirmation can be asked for.</param>
public sealed record CliEnvironment(Func<string, string?> Variable, bool IsInteractive)
{
    public static CliEnvironment FromProcess() => new(Environment.GetEnvironmentVariable, !Console.IsInputRedirected);

    /// <summary>GITHUB_TOKEN, GH_TOKEN, or gh's stored token for <paramref name="webHost"/>.</summary>
    public GitHubToken? FindToken(string webHost) => new CliTokenSource(Variable, TimeSpan.FromSeconds(5)).Find(webHost);

    public string CachePath => CacheLocation.DefaultPath(Variable);
}
