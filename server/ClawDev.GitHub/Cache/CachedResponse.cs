namespace ClawDev.GitHub.Cache;

/// <summary>Which upstream an entry belongs to: the API host and the repository's <c>owner/name</c>.</summary>
public sealed record CacheScope(string ApiHost, string Repository);

/// <summary>A GitHub answer as kept: its JSON body, ETag and Link header, and when it was last known fresh.</summary>
/// <param name="Kind">What it holds: <c>repository</c>, <c>labels</c>, <c>issues</c>, <c>search</c>, <c>comments</c>, <c>timeline</c>.</param>
public sealed record CachedResponse(string Kind, string Url, string Body, string? ETag, string? Link, DateTimeOffset FetchedAt);
