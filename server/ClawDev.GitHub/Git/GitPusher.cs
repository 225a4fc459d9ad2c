namespace ClawDev.GitHub.Git;

public enum PushFailure
{
    None,

    /// <summary>The remote refused the update: not a fast-forward, a hook, a protected branch.</summary>
    Rejected,

    /// <summary>The credentials were refused or missing (git may not prompt).</summary>
    Authentication,

    /// <summary>The remote could not be reached.</summary>
    Network,

    Other,
}

/// <summary>How a push ended, and the exact command that retries it.</summary>
public sealed record PushResult(PushFailure Failure, string Message, IReadOnlyList<string> RetryArguments)
{
    public bool Succeeded => Failure == PushFailure.None;

    /// <summary>The command to type to retry, e.g. <c>git push --set-upstream -- fork refs/heads/docs/x</c>.</summary>
    public string RetryCommand => CommandLine(RetryArguments);

    /// <summary>git with <paramref name="arguments"/> as one line a POSIX shell reads back word for word.</summary>
    internal static string CommandLine(IEnumerable<string> arguments) => "git " + string.Join(' ', arguments.Select(ShellWord));

    private static string ShellWord(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/' or '.' or ':' or '=' or '@' or '+')
            ? word
            : "'" + word.Replace("'", "'\\''") + "'";
}

/// <summary>Pushes one branch to one remote, with the user's own credentials, never forced.</summary>
public static class GitPusher
{
    /// <summary>
    /// <c>git push --set-upstream -- REMOTE refs/heads/BRANCH</c>: neither name can be read as an option, nor the
    /// branch as a forced refspec. Never forces: a remote branch that moved on is a rejection, reported with the
    /// command to retry once resolved. A failure changes nothing locally.
    /// </summary>
    /// <exception cref="OptionLikeNameException">The branch name starts with '-'.</exception>
    public static PushResult Push(GitSession git, string remote, string branch, CancellationToken cancellationToken)
    {
        var arguments = Arguments(remote, branch);
        var result = git.Run(cancellationToken, arguments);
        if (result.ExitCode == 0)
        {
            return new PushResult(PushFailure.None, $"pushed {branch} to {remote}", arguments);
        }
        return new PushResult(Classify(result.Error), Summary(result.Error), arguments);
    }

    /// <summary>The command that pushes <paramref name="branch"/> to <paramref name="remote"/>, for the user to type.</summary>
    /// <exception cref="OptionLikeNameException">The branch name starts with '-'.</exception>
    public static string CommandLine(string remote, string branch) => PushResult.CommandLine(Arguments(remote, branch));

    private static string[] Arguments(string remote, string branch) => ["push", "--set-upstream", "--", remote, GitRefs.Branch(branch)];

    private static PushFailure Classify(string error)
    {
        if (ContainsAny(error, "[rejected]", "[remote rejected]", "non-fast-forward", "fetch first", "hook declined", "protected branch"))
        {
            return PushFailure.Rejected;
        }
        if (ContainsAny(error, "Authentication failed", "Permission denied", "could not read Username", "terminal prompts disabled", "403", "401"))
        {
            return PushFailure.Authentication;
        }
        if (ContainsAny(error, "Could not resolve host", "Connection refused", "Connection timed out", "Network is unreachable",
                "unable to access", "Could not read from remote repository", "does not appear to be a git repository"))
        {
            return PushFailure.Network;
        }
        return PushFailure.Other;
    }

    // The lines that say why ("! [rejected] ...", "error: ...", "fatal: ..."), without git's hints.
    private static string Summary(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith("hint:", StringComparison.Ordinal) && !l.StartsWith("To ", StringComparison.Ordinal))
            .ToList();
        return lines.Count == 0 ? "git push failed" : string.Join(' ', lines);
    }

    private static bool ContainsAny(string text, params string[] needles) =>
        needles.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase));
}
