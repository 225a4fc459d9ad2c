using ClawDev.GitHub.Api;
using ClawDev.GitHub.Issues.Claims;
using ClawDev.GitHub.Issues.Labels;
using ClawDev.GitHub.Issues.Ranking;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Issues;

/// <summary>How much "Find first issue here" may ask of GitHub.</summary>
/// <param name="Limit">The most issues returned.</param>
/// <param name="MaxLabels">The most label names queried (one request each, plus pages).</param>
/// <param name="DetailedCandidates">How many of the best-ranked issues get their comments and timeline read for claims;
/// the others are judged by their assignees only.</param>
public sealed record FirstIssueOptions(int Limit = 20, int MaxLabels = 6, int DetailedCandidates = 3);

/// <param name="Issues">Ranked, best first, at most <see cref="FirstIssueOptions.Limit"/>.</param>
/// <param name="Considered">How many open issues carried one of the query labels.</param>
public sealed record FirstIssueResults(AnswerContext About, IReadOnlyList<RankedIssue> Issues, int Considered);

/// <summary>
/// "Find first issue here": the upstream's labels → its beginner/documentation/help-wanted vocabulary → the open
/// issues of each such label (merged, once each) → claims → ranked by closeness to the user's code. Comments and
/// timelines cost one request per issue, so only the best few candidates get them (and the answer says so);
/// everything is read through the cache, so an unchanged list costs no rate limit and an outage shows cached data.
/// </summary>
public static class FirstIssueSearch
{
    private const int CommentsRead = 10;

    public static async Task<FirstIssueResults> FindAsync(ConnectedUpstream upstream, CodeContext context, FirstIssueOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tally = new AnswerTally(upstream, now);
        var repository = upstream.Location.Upstream;
        var api = upstream.Api;
        LabelVocabulary vocabulary;
        try
        {
            vocabulary = LabelVocabulary.Discover(tally.Take(await api.ListLabelsAsync(repository, cancellationToken)));
        }
        catch (GitHubProblemException e)
        {
            return new FirstIssueResults(tally.Finish(e.Problem), [], 0);
        }
        var labels = vocabulary.QueryLabels;
        if (labels.Count == 0)
        {
            tally.Note($"{repository.FullName} has no label for beginners, documentation or help wanted");
            return new FirstIssueResults(tally.Finish(), [], 0);
        }
        if (labels.Count > options.MaxLabels)
        {
            tally.Note($"searched the labels {string.Join(", ", labels.Take(options.MaxLabels))}; not {string.Join(", ", labels.Skip(options.MaxLabels))}");
            labels = labels.Take(options.MaxLabels).ToList();
        }

        var (issues, failure) = await OpenIssuesAsync(api, repository, labels, tally, cancellationToken);
        if (issues.Count == 0 && failure is not null)
        {
            return new FirstIssueResults(tally.Finish(failure), [], 0);
        }
        if (failure is not null)
        {
            tally.Note($"some labels could not be listed: {failure.Message}");
        }
        var claimOptions = new ClaimOptions(now);
        var ranked = IssueRanker.Rank(issues.Values, context, claimOptions);
        var detailed = await WithClaimDetailsAsync(api, repository, ranked.Take(options.DetailedCandidates).Select(r => r.Issue), tally, cancellationToken);
        foreach (var issue in detailed)
        {
            issues[issue.Number] = issue;
        }
        if (ranked.Count > options.DetailedCandidates)
        {
            tally.Note($"comments and linked pull requests were read for the best {options.DetailedCandidates} of {ranked.Count} issues (to save requests); the others show only their assignees as claims");
        }
        var final = IssueRanker.Rank(issues.Values, context, claimOptions)
            .Take(options.Limit)
            .Select(r => WithLabelReason(r, vocabulary))
            .ToList();
        return new FirstIssueResults(tally.Finish(), final, ranked.Count);
    }

    /// <summary>The open issues of every label, once each; the first failure is returned when some label could not be listed.</summary>
    private static async Task<(Dictionary<int, UpstreamIssue> Issues, GitHubProblem? Failure)> OpenIssuesAsync(
        GitHubApi api, RepositoryId repository, IReadOnlyList<string> labels, AnswerTally tally, CancellationToken cancellationToken)
    {
        var issues = new Dictionary<int, UpstreamIssue>();
        GitHubProblem? failure = null;
        foreach (var label in labels)
        {
            try
            {
                foreach (var issue in tally.Take(await api.ListOpenIssuesAsync(repository, new IssueFilter(label), cancellationToken)))
                {
                    issues.TryAdd(issue.Number, issue);
                }
            }
            catch (GitHubProblemException e)
            {
                failure ??= e.Problem;
                if (!e.Problem.CachedDataHelps || e.Problem.Kind is GitHubProblemKind.RateLimited or GitHubProblemKind.SecondaryRateLimited)
                {
                    // The other labels would fail the same way; do not spend requests finding out.
                    break;
                }
            }
        }
        return (issues, failure);
    }

    /// <summary>The issues with their recent comments, linked pull requests and (un)assignments; an issue whose details cannot be
    /// read stays as it was (its assignees still count), and a note says so.</summary>
    private static async Task<List<UpstreamIssue>> WithClaimDetailsAsync(
        GitHubApi api, RepositoryId repository, IEnumerable<UpstreamIssue> candidates, AnswerTally tally, CancellationToken cancellationToken)
    {
        var detailed = new List<UpstreamIssue>();
        foreach (var issue in candidates)
        {
            try
            {
                IReadOnlyList<IssueComment> comments = issue.CommentCount > 0
                    ? tally.Take(await api.GetRecentCommentsAsync(repository, issue.Number, CommentsRead, cancellationToken))
                    : [];
                var timeline = tally.Take(await api.GetTimelineAsync(repository, issue.Number, cancellationToken));
                detailed.Add(issue with
                {
                    RecentComments = comments,
                    LinkedPullRequests = timeline.LinkedPullRequests,
                    AssignedAt = timeline.AssignedAt(issue.Assignees),
                    Unassignments = timeline.Unassignments,
                });
            }
            catch (GitHubProblemException e) when (e.Problem.CachedDataHelps)
            {
                // Offline or rate-limited: the next issue would fail the same way.
                tally.Note($"claims of #{issue.Number} and later issues are judged by their assignees only: {e.Problem.Message}");
                break;
            }
            catch (GitHubProblemException e)
            {
                tally.Note($"claims of #{issue.Number} are judged by its assignees only: {e.Problem.Message}");
            }
        }
        return detailed;
    }

    /// <summary>Adds which of the repository's beginner/docs labels the issue carries, before its freshness (the last reason).</summary>
    private static RankedIssue WithLabelReason(RankedIssue ranked, LabelVocabulary vocabulary)
    {
        var wanted = vocabulary.QueryLabels;
        var labels = ranked.Issue.Labels.Where(label => wanted.Contains(label, StringComparer.Ordinal)).ToList();
        if (labels.Count == 0)
        {
            return ranked;
        }
        var reasons = ranked.Reasons.ToList();
        reasons.Insert(reasons.Count - 1, $"labelled {string.Join(", ", labels)}");
        return ranked with { Reasons = reasons };
    }
}
