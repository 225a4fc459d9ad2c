namespace ClawDev.GitHub.Issues;

/// <summary>
/// An issue or pull request of the upstream as ClawDev keeps it (fetched through Octokit, stored in the cache):
/// plain data, so ranking, claim detection and the cache need no Octokit types.
/// </summary>
public sealed record UpstreamIssue(
    int Number,
    string Title,
    string Body,
    bool IsOpen,
    bool IsPullRequest,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Assignees,
    string Author,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt,
    int CommentCount,
    Uri HtmlUrl)
{
    /// <summary>The latest comments (oldest first), when they were fetched; claim detection reads them.</summary>
    public IReadOnlyList<IssueComment> RecentComments { get; init; } = [];

    /// <summary>Open or merged pull requests that reference this issue (from its timeline), when fetched.</summary>
    public IReadOnlyList<LinkedPullRequest> LinkedPullRequests { get; init; } = [];

    /// <summary>For a pull request: whether it was merged.</summary>
    public bool Merged { get; init; }

    /// <summary>When the latest assignee was assigned (the timeline's last "assigned" event), when fetched.</summary>
    public DateTimeOffset? AssignedAt { get; init; }

    /// <summary>The timeline's "unassigned" events, when fetched: a claim made before one for the same person is released.</summary>
    public IReadOnlyList<AssignmentEvent> Unassignments { get; init; } = [];

    /// <summary>For a closed issue, GitHub's <c>state_reason</c>: "completed", "not_planned", or null (unknown).</summary>
    public string? StateReason { get; init; }
}

/// <summary>One comment on an issue.</summary>
public sealed record IssueComment(string Author, DateTimeOffset CreatedAt, string Body);

/// <summary>An "assigned" or "unassigned" event of an issue's timeline.</summary>
public sealed record AssignmentEvent(string Who, DateTimeOffset At, bool Assigned);

/// <summary>What ClawDev reads of an issue's timeline: the pull requests that reference it, and its (un)assignments.</summary>
public sealed record IssueTimeline(IReadOnlyList<LinkedPullRequest> LinkedPullRequests, IReadOnlyList<AssignmentEvent> Assignments)
{
    public IReadOnlyList<AssignmentEvent> Unassignments => [.. Assignments.Where(e => !e.Assigned)];

    /// <summary>When the most recently assigned of <paramref name="assignees"/> was assigned; null when the timeline does not say.</summary>
    public DateTimeOffset? AssignedAt(IReadOnlyList<string> assignees) => Assignments
        .Where(e => e.Assigned && assignees.Contains(e.Who, StringComparer.OrdinalIgnoreCase))
        .Select(e => (DateTimeOffset?)e.At)
        .Max();
}

/// <summary>A pull request that mentions an issue.</summary>
public sealed record LinkedPullRequest(int Number, string Author, bool IsOpen, bool Merged, DateTimeOffset CreatedAt);
