using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Api;

/// <summary>Where an answer came from.</summary>
public enum DataOrigin
{
    /// <summary>Fetched from GitHub now.</summary>
    Network,

    /// <summary>GitHub answered 304 Not Modified: the cached copy is current (and the request cost no rate limit).</summary>
    Revalidated,

    /// <summary>GitHub could not be asked (offline, rate-limited): the cached copy, of the age shown.</summary>
    Cache,
}

/// <summary>An answer and how fresh it is.</summary>
/// <param name="FetchedAt">When GitHub last confirmed this data.</param>
/// <param name="Problem">For <see cref="DataOrigin.Cache"/>: why GitHub was not asked.</param>
public sealed record Fetched<T>(T Value, DataOrigin Origin, DateTimeOffset FetchedAt, GitHubProblem? Problem = null)
{
    public bool IsCached => Origin == DataOrigin.Cache;

    /// <summary>For the user: empty when fresh, else e.g. <c>cached 2 h ago (…why…)</c>.</summary>
    public string Freshness(DateTimeOffset now) => Origin != DataOrigin.Cache
        ? ""
        : $"cached {Ago(now - FetchedAt)} ago" + (Problem is null ? "" : $" ({Problem.Message})");

    private static string Ago(TimeSpan age) => age switch
    {
        { TotalMinutes: < 1 } => "less than a minute",
        { TotalHours: < 1 } => $"{(int)age.TotalMinutes} min",
        { TotalDays: < 2 } => $"{(int)age.TotalHours} h",
        _ => $"{(int)age.TotalDays} days",
    };
}

/// <summary>What ClawDev needs of a repository.</summary>
/// <param name="Parent">For a fork: the repository it was forked from.</param>
/// <param name="CanPush">Whether the token's user may push (false without a token).</param>
public sealed record RepositoryInfo(RepositoryId Id, string DefaultBranch, bool IsFork, RepositoryId? Parent, bool CanPush, bool IsPrivate, Uri HtmlUrl, string CloneUrl, string SshUrl);

/// <summary>A draft pull request to open.</summary>
/// <param name="Head">The branch with the changes, <c>owner:branch</c> for a fork.</param>
/// <param name="Base">The upstream branch to merge into (its default branch).</param>
public sealed record NewDraftPullRequest(string Title, string Body, string Head, string Base);

/// <summary>The pull request on GitHub; <paramref name="AlreadyExisted"/> when GitHub had one for the same head.</summary>
public sealed record CreatedPullRequest(int Number, Uri HtmlUrl, bool IsDraft, bool AlreadyExisted);

/// <summary>Which open issues to list.</summary>
/// <param name="Label">Only issues with this label (GitHub's spelling).</param>
/// <param name="Since">Only issues updated at or after this time.</param>
public sealed record IssueFilter(string? Label = null, DateTimeOffset? Since = null);
