namespace ClawDev.GitHub.Git;

/// <summary>Branch queries and the one branch change the pull-request steps make.</summary>
public static class GitBranches
{
    private static readonly TimeSpan RemoteQueryTimeout = TimeSpan.FromSeconds(20);

    /// <summary>The checked-out branch, or null when HEAD is detached.</summary>
    public static string? Current(GitSession git, CancellationToken cancellationToken) =>
        git.TryRead(cancellationToken, "symbolic-ref", "--quiet", "--short", "HEAD");

    /// <summary>
    /// The default branch of <paramref name="remote"/>: its remote-tracking HEAD when one was recorded (by clone or
    /// <c>git remote set-head</c>), else what the remote itself says (<c>git ls-remote --symref</c>, read-only),
    /// else null (no network, or a remote without HEAD).
    /// </summary>
    public static string? RemoteDefault(GitSession git, string remote, CancellationToken cancellationToken)
    {
        var tracked = git.TryRead(cancellationToken, "symbolic-ref", "--quiet", "--short", GitRefs.RemoteBranch(remote, "HEAD"));
        if (tracked is not null && tracked.StartsWith(remote + "/", StringComparison.Ordinal))
        {
            return tracked[(remote.Length + 1)..];
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RemoteQueryTimeout);
        string? listing;
        try
        {
            // git's own upload-pack, not a command the remote's configuration names (for a local remote it runs here).
            listing = git.TryRead(timeout.Token, "ls-remote", "--upload-pack=git-upload-pack", "--symref", "--", remote, "HEAD");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        // "ref: refs/heads/main\tHEAD"
        const string Prefix = "ref: refs/heads/";
        var line = listing?.Split('\n').FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        return line?[Prefix.Length..line.IndexOf('\t')];
    }

    /// <summary>
    /// The commits of HEAD that <paramref name="baseRef"/> does not have, oldest first, each as "abbreviated-id subject";
    /// null when <paramref name="baseRef"/> is not known locally (never fetched).
    /// </summary>
    public static IReadOnlyList<string>? CommitsNotOn(GitSession git, string baseRef, CancellationToken cancellationToken)
    {
        if (git.TryRead(cancellationToken, "rev-parse", "--verify", "--quiet", baseRef + "^{commit}") is null)
        {
            return null;
        }
        var log = git.Read(cancellationToken, "log", "--reverse", "--format=%h %s", $"{baseRef}..HEAD", "--");
        return log.Length == 0 ? [] : log.Split('\n');
    }

    public static bool Exists(GitSession git, string branch, CancellationToken cancellationToken) =>
        git.Run(cancellationToken, "show-ref", "--verify", "--quiet", GitRefs.Branch(branch)).ExitCode == 0;

    /// <summary>Creates <paramref name="branch"/> at HEAD and switches to it; changes in the work tree and index
    /// come along untouched.</summary>
    /// <exception cref="GitCommandException">The branch exists or the name is not valid.</exception>
    /// <exception cref="OptionLikeNameException">The name starts with '-'.</exception>
    public static void CreateAndSwitch(GitSession git, string branch, CancellationToken cancellationToken) =>
        git.Read(cancellationToken, "switch", "--quiet", $"--create={GitRefs.NotOptionLike(branch)}");
}
