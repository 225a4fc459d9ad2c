namespace ClawDev.GitHub.Upstream;

/// <summary>How the upstream was found, so the user can see (and correct) it.</summary>
public enum UpstreamOriginKind
{
    /// <summary>The upstream setting (or command-line option) named it.</summary>
    Setting,

    /// <summary>A git remote's URL, chosen by name priority.</summary>
    Remote,

    /// <summary>The chosen remote is a fork; GitHub's API named its parent.</summary>
    ApiParent,
}

/// <summary>The upstream repository, where it came from, and the user's fork when there is one.</summary>
/// <param name="Detail">For the user: e.g. <c>remote 'upstream'</c>, <c>setting</c>, <c>parent of me/repo (remote 'origin')</c>.</param>
public sealed record UpstreamLocation(RepositoryId Upstream, UpstreamOriginKind Origin, string Detail)
{
    /// <summary>The git remote whose URL is the upstream, if one is.</summary>
    public string? UpstreamRemote { get; init; }

    /// <summary>The user's fork, when known (a remote of another repository, or the fork whose parent is the upstream).</summary>
    public RepositoryId? Fork { get; init; }

    /// <summary>The git remote that points at <see cref="Fork"/>.</summary>
    public string? ForkRemote { get; init; }
}
