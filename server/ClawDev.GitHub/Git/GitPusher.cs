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

    /// <summary>The command to type to retry, e.g. <c>git push --set-upstream fork docs/x</c>.</summary>
    public string RetryCommand => "git " + string.Join(' ', RetryArguments.Select(ShellWord));

    private static string ShellWord(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/' or '.' or ':' or '=' or '@' or '+')
            ? word
            : "'" + word.Replace("'", "'\\''") + "'";
}

/// <summary>Pushes one branch to one remote, with the user's own credentials, never forced.</summary>
public static class GitPusher
{
    /// <summary>
    /// <c>git push --set-upstream REMOTE BRANCH</c>. Never forces: a remote branch that moved on is a rejection,
    /// reported with the command to retry once resolved. A failure changes nothing locally.
    /// </summary>
    public static PushResult Push(GitSession git, string remote, string branch, CancellationToken cancellationToken)
    {
        string[] arguments = ["push", "--set-upstream", remote, branch];
        var result = git.Run(cancellationToken, arguments);
        if (result.ExitCode == 0)
        {
            return new PushResult(PushFailure.None, $"pushed {branch} to {remote}", arguments);
        }
        return new PushResult(Classify(result.Error), Summary(result.Error), arguments);
    }

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
