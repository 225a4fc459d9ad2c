using ClawDev.GitHub.Issues;
using ClawDev.GitHub.Upstream;
using Octokit;
using IssueComment = ClawDev.GitHub.Issues.IssueComment;

namespace ClawDev.GitHub.Api;

/// <summary>Octokit's models → ClawDev's plain records (so ranking, claims and the cache need no Octokit types).</summary>
internal static class OctokitMapping
{
    // GitHub shows deleted accounts as "ghost".
    private const string DeletedUser = "ghost";

    public static RepositoryInfo ToInfo(Repository repository, string host) => new(
        new RepositoryId(host, repository.Owner.Login, repository.Name),
        repository.DefaultBranch ?? "main",
        repository.Fork,
        repository.Parent is { } parent ? new RepositoryId(host, parent.Owner.Login, parent.Name) : null,
        repository.Permissions?.Push ?? false,
        repository.Private,
        new Uri(repository.HtmlUrl),
        repository.CloneUrl ?? "",
        repository.SshUrl ?? "");

    public static RepositoryLabel ToLabel(Label label) => new(label.Name, string.IsNullOrEmpty(label.Description) ? null : label.Description);

    public static UpstreamIssue ToIssue(Issue issue) => new(
        issue.Number,
        issue.Title ?? "",
        issue.Body ?? "",
        issue.State.StringValue == "open",
        issue.PullRequest is not null,
        issue.Labels?.Select(label => label.Name).ToList() ?? [],
        issue.Assignees?.Select(user => user.Login).ToList() ?? [],
        issue.User?.Login ?? DeletedUser,
        issue.CreatedAt,
        issue.UpdatedAt ?? issue.CreatedAt,
        issue.ClosedAt,
        issue.Comments,
        new Uri(issue.HtmlUrl))
    {
        Merged = issue.PullRequest is { } pull && (pull.Merged || pull.MergedAt is not null),
    };

    public static IssueComment ToComment(Octokit.IssueComment comment) =>
        new(comment.User?.Login ?? DeletedUser, comment.CreatedAt, comment.Body ?? "");

    /// <summary>The pull requests and the (un)assignments of an issue's timeline.</summary>
    public static IssueTimeline ToTimeline(IReadOnlyList<TimelineEventInfo> timeline) => new(ToLinkedPullRequests(timeline), ToAssignments(timeline));

    private static List<AssignmentEvent> ToAssignments(IEnumerable<TimelineEventInfo> timeline) => timeline
        .Where(entry => entry.Event.StringValue is "assigned" or "unassigned" && entry.Assignee is not null)
        .Select(entry => new AssignmentEvent(entry.Assignee.Login, entry.CreatedAt, entry.Event.StringValue == "assigned"))
        .ToList();

    /// <summary>Pull requests that cross-reference the issue, from its timeline, once each (the latest mention).</summary>
    private static List<LinkedPullRequest> ToLinkedPullRequests(IEnumerable<TimelineEventInfo> timeline) => timeline
        .Where(entry => entry.Event.StringValue == "cross-referenced" && entry.Source?.Issue?.PullRequest is not null)
        .GroupBy(entry => entry.Source.Issue.Number)
        .Select(mentions => mentions.MaxBy(entry => entry.CreatedAt)!)
        .Select(entry => entry.Source.Issue)
        .Select(pull => new LinkedPullRequest(
            pull.Number,
            pull.User?.Login ?? DeletedUser,
            pull.State.StringValue == "open",
            pull.PullRequest.Merged || pull.PullRequest.MergedAt is not null,
            pull.CreatedAt))
        .ToList();

    public static CreatedPullRequest ToCreated(PullRequest pull, bool alreadyExisted) =>
        new(pull.Number, new Uri(pull.HtmlUrl), pull.Draft, alreadyExisted);
}
