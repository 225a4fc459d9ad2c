using System.Text.Json.Serialization;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Upstream;

// clawdev/findFirstIssues (request, client → server): open upstream issues for beginners near the open file, and
// the maintainers' own offline micro-tasks. clawdev/startWorkingOnIssue (request): a branch for one of them.

public sealed record FindFirstIssuesParams
{
    /// <summary>The file the user has open (ranking prefers issues close to it); null for the whole workspace.</summary>
    [JsonPropertyName("uri")] public string? Uri { get; init; }

    /// <summary>The cursor in that file (issues naming the symbol there rank first).</summary>
    [JsonPropertyName("position")] public Position? Position { get; init; }
}

/// <param name="Authenticated">Whether the answer was fetched with the user's token (false: the lower unauthenticated limit).</param>
/// <param name="Notes">Things the user should know about the answer ("cached 3 h ago", "unauthenticated: 60 requests an hour").</param>
/// <param name="Items">Ranked, best first; claimed ones are marked, not left out.</param>
public sealed record FindFirstIssuesResult(
    [property: JsonPropertyName("authenticated")] bool Authenticated,
    [property: JsonPropertyName("notes")] IReadOnlyList<string> Notes,
    [property: JsonPropertyName("items")] IReadOnlyList<FirstIssue> Items,
    [property: JsonPropertyName("microTasks")] IReadOnlyList<MicroTask> MicroTasks)
{
    /// <summary>Null when no upstream was found (then <see cref="Problem"/> says why).</summary>
    [JsonPropertyName("upstream")] public UpstreamRepository? Upstream { get; init; }

    /// <summary>The age of the cached data the items come from; null when they are fresh from GitHub.</summary>
    [JsonPropertyName("cachedAgeSeconds")] public long? CachedAgeSeconds { get; init; }

    [JsonPropertyName("problem")] public GitHubProblem? Problem { get; init; }
}

/// <param name="Url">The issue's web page.</param>
/// <param name="Comments">How many comments it has.</param>
/// <param name="Reasons">Why it ranked where it did ("names tinylib/text.py", "labelled good first issue", "updated 2 days ago").</param>
public sealed record FirstIssue(
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("updatedAt")] DateTimeOffset UpdatedAt,
    [property: JsonPropertyName("comments")] int Comments,
    [property: JsonPropertyName("reasons")] IReadOnlyList<string> Reasons)
{
    /// <summary>Someone is on it already; null when nobody is.</summary>
    [JsonPropertyName("claimed")] public IssueClaim? Claimed { get; init; }
}

/// <param name="Since">When it was claimed (assignment, linked pull request or claiming comment).</param>
/// <param name="Reason">How: "assigned", "linked pull request #21", "comment: I'd like to work on this".</param>
public sealed record IssueClaim(
    [property: JsonPropertyName("since")] DateTimeOffset Since,
    [property: JsonPropertyName("reason")] string Reason)
{
    /// <summary>The GitHub login of whoever claimed it, when known.</summary>
    [JsonPropertyName("by")] public string? By { get; init; }
}

/// <summary>An entry of the repository's own docstring ignore-list or baseline: "document this and delete its line".</summary>
/// <param name="Object">The object the maintainers listed ("Trainer.train").</param>
/// <param name="Source">The line of the list that names it.</param>
/// <param name="Action">What to do, for the user ("document Trainer.train, then delete its line in utils/check_docstrings.py").</param>
public sealed record MicroTask(
    [property: JsonPropertyName("object")] string Object,
    [property: JsonPropertyName("source")] SourceLine Source,
    [property: JsonPropertyName("action")] string Action)
{
    /// <summary>Where the object is defined in the workspace, when it was found.</summary>
    [JsonPropertyName("definedAt")] public Location? DefinedAt { get; init; }
}

/// <param name="Line">0-based.</param>
public sealed record SourceLine(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("line")] int Line);

/// <param name="Uri">A file of the repository to work in (its workspace folder's git repository gets the branch).</param>
public sealed record StartWorkingOnIssueParams(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("title")] string Title);

/// <param name="Branch">The branch created and checked out ("docs/issue-123-short-title").</param>
/// <param name="Base">What it was created from ("upstream/main").</param>
/// <param name="Message">What happened, for the user.</param>
public sealed record StartWorkingOnIssueResult(
    [property: JsonPropertyName("branch")] string Branch,
    [property: JsonPropertyName("base")] string Base,
    [property: JsonPropertyName("message")] string Message);
