using System.Text;

namespace ClawDev.GitHub.Git;

/// <summary>A git command that failed where failure was not expected.</summary>
public sealed class GitCommandException(IReadOnlyList<string> arguments, GitResult result)
    : Exception($"git {string.Join(' ', arguments)} failed ({result.ExitCode}): {result.FirstErrorLine}")
{
    public IReadOnlyList<string> Arguments { get; } = arguments;

    public GitResult Result { get; } = result;
}

/// <summary>The git CLI bound to one work tree, for the pull-request steps.</summary>
public sealed class GitSession(GitCli cli, string workTree)
{
    public string WorkTree { get; } = workTree;

    /// <summary>Runs git; the caller reads the exit code.</summary>
    public GitResult Run(CancellationToken cancellationToken, params IReadOnlyList<string> arguments) =>
        cli.Run(WorkTree, arguments, cancellationToken);

    /// <summary>Runs git with bytes on its standard input; the caller reads the exit code.</summary>
    public GitResult RunWithInput(ReadOnlyMemory<byte> input, CancellationToken cancellationToken, params IReadOnlyList<string> arguments) =>
        cli.Run(WorkTree, arguments, cancellationToken, input);

    /// <summary>Runs git and returns its standard output as text without the final line break.</summary>
    /// <exception cref="GitCommandException">git exited with a non-zero code.</exception>
    public string Read(CancellationToken cancellationToken, params IReadOnlyList<string> arguments) =>
        Encoding.UTF8.GetString(Checked(Run(cancellationToken, arguments), arguments).Output).TrimEnd('\n');

    /// <exception cref="GitCommandException">git exited with a non-zero code.</exception>
    public GitResult Checked(GitResult result, IReadOnlyList<string> arguments) =>
        result.ExitCode == 0 ? result : throw new GitCommandException(arguments, result);

    /// <summary>The standard output as text when git succeeded, else null (for queries whose failure means "none").</summary>
    public string? TryRead(CancellationToken cancellationToken, params IReadOnlyList<string> arguments)
    {
        var result = Run(cancellationToken, arguments);
        return result.ExitCode == 0 ? Encoding.UTF8.GetString(result.Output).TrimEnd('\n') : null;
    }
}
