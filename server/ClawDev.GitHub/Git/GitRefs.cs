namespace ClawDev.GitHub.Git;

/// <summary>
/// How names of branches go to git: as full refs (<c>refs/heads/NAME</c>, <c>refs/remotes/REMOTE/NAME</c>), so that
/// none is ever read as an option or as a refspec's force marker ('+'). A branch name that git would take for an
/// option where a short name is needed (a leading '-', which only <c>git update-ref</c> can make) is refused.
/// </summary>
public static class GitRefs
{
    /// <exception cref="OptionLikeNameException">The name starts with '-'.</exception>
    public static string Branch(string name) => "refs/heads/" + NotOptionLike(name);

    public static string RemoteBranch(string remote, string branch) => $"refs/remotes/{remote}/{branch}";

    /// <summary>The branch name itself, for the commands that take only a short name (<c>git switch --create=NAME</c>).</summary>
    /// <param name="role">What the name is, for the message: "branch", "current branch".</param>
    /// <exception cref="OptionLikeNameException">The name starts with '-'.</exception>
    public static string NotOptionLike(string name, string role = "branch") =>
        name.StartsWith('-')
            ? throw new OptionLikeNameException($"The {role} '{name}' starts with '-', which git would read as an option; rename it with `git branch -m NEW-NAME` and try again.")
            : name;
}

/// <summary>A branch name git would read as an option: refused, with what to do instead. Not a wrong command line, so
/// the CLI says it without pointing at its usage.</summary>
public sealed class OptionLikeNameException(string message) : ArgumentException(message);
