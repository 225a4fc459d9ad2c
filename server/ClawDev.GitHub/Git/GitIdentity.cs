namespace ClawDev.GitHub.Git;

/// <summary>Who commits, from git's configuration (user.name, user.email).</summary>
public sealed record GitIdentity(string Name, string Email)
{
    /// <summary>The Developer Certificate of Origin trailer <c>git commit -s</c> would add.</summary>
    public string SignOffTrailer => $"Signed-off-by: {Name} <{Email}>";

    /// <summary>The configured identity, or null when user.name or user.email is not set.</summary>
    public static GitIdentity? Read(GitSession git, CancellationToken cancellationToken)
    {
        var name = git.TryRead(cancellationToken, "config", "--get", "user.name");
        var email = git.TryRead(cancellationToken, "config", "--get", "user.email");
        return string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(email) ? null : new GitIdentity(name.Trim(), email.Trim());
    }
}
