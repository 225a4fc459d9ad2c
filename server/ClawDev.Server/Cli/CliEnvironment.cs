using ClawDev.GitHub.Auth;
using ClawDev.GitHub.Cache;

namespace ClawDev.Server.Cli;

/// <summary>What the verbs read from the process beyond their arguments: environment variables (the GitHub token,
/// the cache folder), whether a person at a terminal can answer a question, and the clock. Tests give their own,
/// so a token or a cache folder of the machine never leaks in.</summary>
/// <param name="Variable">An environment variable's value, or null.</param>
/// <param name="IsInteractive">Standard input is a terminal: a confirmation can be asked for.</param>
public sealed record CliEnvironment(Func<string, string?> Variable, bool IsInteractive)
{
    public static CliEnvironment FromProcess() => new(Environment.GetEnvironmentVariable, !Console.IsInputRedirected);

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>GITHUB_TOKEN, GH_TOKEN, or gh's stored token for <paramref name="webHost"/>.</summary>
    public GitHubToken? TokenFor(string webHost) => new CliTokenSource(Variable, TimeSpan.FromSeconds(5)).Find(webHost);

    /// <summary>The per-user GitHub cache; null when it cannot be opened (that only loses offline answers), with a note on stderr.</summary>
    public GitHubCache? OpenCache(CliStreams streams)
    {
        var cache = GitHubCache.TryOpen(CacheLocation.DefaultPath(Variable), out var problem);
        if (problem is not null)
        {
            streams.Error.Write($"clawdev: {problem}\n");
        }
        return cache;
    }
}
