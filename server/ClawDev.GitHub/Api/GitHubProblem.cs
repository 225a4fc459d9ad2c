namespace ClawDev.GitHub.Api;

public enum GitHubProblemKind
{
    /// <summary>The primary (hourly) rate limit is used up; <see cref="GitHubProblem.RetryAfter"/> is its reset.</summary>
    RateLimited,

    /// <summary>A secondary (abuse) rate limit; <see cref="GitHubProblem.RetryAfter"/> from Retry-After.</summary>
    SecondaryRateLimited,

    /// <summary>401: the token is missing, expired or revoked.</summary>
    Unauthorized,

    /// <summary>403 that is not a rate limit: the token may not do this.</summary>
    NoPermission,

    /// <summary>404: the repository (or issue) does not exist, or it is private and the token cannot see it.</summary>
    NotFound,

    /// <summary>422: GitHub refused the request's content.</summary>
    Invalid,

    /// <summary>No network, DNS failure, refused connection, or GitHub did not answer in time.</summary>
    Offline,

    /// <summary>GitHub accepted the request but has not finished it yet (a fork being created).</summary>
    StillWorking,

    /// <summary>GitHub answered 5xx or something unexpected.</summary>
    ServerError,
}

/// <summary>A failed GitHub call as the user sees it: what happened, what to do, and when a retry makes sense.</summary>
public sealed record GitHubProblem(GitHubProblemKind Kind, string Message, string WhatToDo, DateTimeOffset? RetryAfter = null)
{
    /// <summary>Rate limits and being offline are the cases where cached data stands in for a fresh answer.</summary>
    public bool CachedDataHelps => Kind is GitHubProblemKind.RateLimited or GitHubProblemKind.SecondaryRateLimited
        or GitHubProblemKind.Offline or GitHubProblemKind.ServerError;

    public override string ToString() => $"{Message} {WhatToDo}";
}

/// <summary>Thrown by <see cref="GitHubApi"/> for every failed call; the message is the user's message (never a token).</summary>
public sealed class GitHubProblemException(GitHubProblem problem) : Exception(problem.ToString())
{
    public GitHubProblem Problem { get; } = problem;
}
