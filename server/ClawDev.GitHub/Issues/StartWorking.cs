using System.Text;
using ClawDev.GitHub.Api;
using ClawDev.GitHub.Contributing;
using ClawDev.GitHub.Git;
using ClawDev.GitHub.Issues.Branches;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Issues;

/// <param name="Branch">The branch created and checked out.</param>
/// <param name="Base">What it starts from: "upstream/main".</param>
/// <param name="Message">What happened, for the user.</param>
public sealed record StartedWork(string Branch, string Base, string Message);

/// <summary>"Start working" could not begin; nothing was changed. The message says why and what to do.</summary>
public sealed class StartWorkingException(string message) : Exception(message);

/// <summary>
/// "Start working" on an issue: a branch named the repository's way (<see cref="BranchNameConvention"/> from its
/// branches and CONTRIBUTING guide) from the upstream's default branch fetched just now, checked out. It refuses
/// while tracked files have uncommitted changes (they would come along to the new branch); untracked files stay
/// as they are, as every branch switch leaves them.
/// </summary>
public static class StartWorking
{
    /// <summary>The conventional name of the upstream's remote, used when the upstream was named by a setting.</summary>
    public const string ConventionalRemote = "upstream";

    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(60);

    /// <param name="api">Asked for the default branch when git cannot tell; null to rely on git alone.</param>
    /// <exception cref="StartWorkingException">Nothing was changed; the message says why.</exception>
    public static async Task<StartedWork> StartAsync(GitSession git, UpstreamLocation upstream, GitHubApi? api, int issueNumber, string issueTitle, CancellationToken cancellationToken)
    {
        var remote = RemoteOf(git, upstream, cancellationToken);
        RefuseUncommittedChanges(git, cancellationToken);
        var defaultBranch = GitBranches.RemoteDefault(git, remote, cancellationToken)
            ?? await DefaultBranchFromApiAsync(api, upstream.Upstream, cancellationToken)
            ?? throw new StartWorkingException($"Could not tell the default branch of {upstream.Upstream.FullName}: git remote '{remote}' does not say and GitHub could not be asked. Run `git remote set-head {remote} --auto` and try again.");
        var convention = BranchNameConvention.Infer(BranchNamesOf(git, cancellationToken), ContributingText(git.WorkTree));
        var branch = BranchNamer.NameFor(issueNumber, issueTitle, convention);
        if (GitBranches.Exists(git, branch, cancellationToken))
        {
            throw new StartWorkingException($"The branch {branch} already exists; switch to it with `git switch {branch}`.");
        }
        Fetch(git, remote, defaultBranch, cancellationToken);
        var start = $"{remote}/{defaultBranch}";
        var switched = git.Run(cancellationToken, "switch", "--quiet", "--no-track", $"--create={GitRefs.NotOptionLike(branch)}", GitRefs.RemoteBranch(remote, defaultBranch));
        if (switched.ExitCode != 0)
        {
            throw new StartWorkingException($"Could not create {branch} from {start}: {switched.FirstErrorLine}");
        }
        return new StartedWork(branch, start, $"Created {branch} from {start} (fetched just now) and switched to it.");
    }

    /// <summary>The remote whose URL is the upstream; else, for an upstream named by a setting, a remote called "upstream".</summary>
    private static string RemoteOf(GitSession git, UpstreamLocation upstream, CancellationToken cancellationToken)
    {
        if (upstream.UpstreamRemote is { } remote)
        {
            return remote;
        }
        if (GitRemotes.List(git, cancellationToken).Any(r => r.Name == ConventionalRemote))
        {
            return ConventionalRemote;
        }
        throw new StartWorkingException(
            $"No git remote points at {upstream.Upstream.FullName}, so the branch cannot start from its latest commit. Add one: `git remote add {ConventionalRemote} {upstream.Upstream.WebUrl}.git`.");
    }

    private static void RefuseUncommittedChanges(GitSession git, CancellationToken cancellationToken)
    {
        IReadOnlyList<GitStatusEntry> status;
        try
        {
            status = GitStatus.Read(git, cancellationToken);
        }
        catch (GitCommandException e)
        {
            throw new StartWorkingException($"{git.WorkTree} is not a git work tree: {e.Result.FirstErrorLine}");
        }
        var changed = status.Where(entry => !entry.IsUntracked).Select(entry => entry.Path).ToList();
        if (changed.Count > 0)
        {
            var shown = string.Join(", ", changed.Take(3)) + (changed.Count > 3 ? $" and {changed.Count - 3} more" : "");
            throw new StartWorkingException(
                $"Uncommitted changes in {shown} would be carried over to the new branch. Commit or stash them (`git stash`) first; nothing was changed.");
        }
    }

    private static async Task<string?> DefaultBranchFromApiAsync(GitHubApi? api, RepositoryId repository, CancellationToken cancellationToken)
    {
        if (api is null)
        {
            return null;
        }
        try
        {
            return (await api.GetRepositoryAsync(repository, cancellationToken)).Value.DefaultBranch;
        }
        catch (GitHubProblemException)
        {
            return null;
        }
    }

    /// <summary>Local branches and the remotes' branches without their remote's name, as samples of the convention.</summary>
    private static IEnumerable<string> BranchNamesOf(GitSession git, CancellationToken cancellationToken)
    {
        var local = git.TryRead(cancellationToken, "for-each-ref", "--format=%(refname:lstrip=2)", "refs/heads") ?? "";
        var remote = git.TryRead(cancellationToken, "for-each-ref", "--format=%(refname:lstrip=3)", "refs/remotes") ?? "";
        return (local + "\n" + remote).Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(name => name != "HEAD").Distinct(StringComparer.Ordinal);
    }

    private static string? ContributingText(string workTree)
    {
        var text = new StringBuilder();
        foreach (var path in ContributingDocuments.GuideLocations.Select(location => Path.Combine(workTree, location)).Where(File.Exists))
        {
            text.Append(File.ReadAllText(path)).Append('\n');
        }
        return text.Length == 0 ? null : text.ToString();
    }

    private static void Fetch(GitSession git, string remote, string branch, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(FetchTimeout);
        GitResult fetched;
        try
        {
            fetched = git.Run(timeout.Token, "fetch", "--quiet", "--no-tags", "--", remote, $"+refs/heads/{branch}:{GitRefs.RemoteBranch(remote, branch)}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new StartWorkingException($"git fetch {remote} {branch} took longer than {FetchTimeout.TotalSeconds:0} s; nothing was changed.");
        }
        if (fetched.ExitCode != 0)
        {
            throw new StartWorkingException($"Could not fetch {branch} from {remote}: {fetched.FirstErrorLine}. Nothing was changed.");
        }
    }
}
