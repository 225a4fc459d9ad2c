using ClawDev.GitHub.Api;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Issues.Matching;

/// <param name="Matches">Best first; empty when nothing upstream really mentions the symbol.</param>
public sealed record SymbolIssueResults(AnswerContext About, SymbolTarget Target, IReadOnlyList<UpstreamMatch> Matches);

/// <summary>
/// "Find upstream issue for a symbol": runs the searches of <see cref="UpstreamSearch"/> (issues and pull requests,
/// open and closed) and keeps what <see cref="UpstreamMatchClassifier"/> confirms. GitHub allows 10 searches a minute
/// without a token and 30 with one, so an anonymous search runs only the precise queries (and says so).
/// </summary>
public static class SymbolIssueSearch
{
    public const int AnonymousQueries = 4;
    private const int ResultsPerQuery = 30;

    /// <param name="filePath">Repository-relative, '/'-separated.</param>
    /// <param name="qualifiedName">Within its module: "Trainer.train".</param>
    public static async Task<SymbolIssueResults> FindAsync(ConnectedUpstream upstream, string filePath, string qualifiedName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tally = new AnswerTally(upstream, now);
        var target = new SymbolTarget(upstream.Location.Upstream, filePath, qualifiedName);
        var queries = UpstreamSearch.QueriesFor(target);
        if (upstream.Api.AuthenticationNote is not null && queries.Count > AnonymousQueries)
        {
            tally.Note($"without a token only the {AnonymousQueries} most precise of {queries.Count} searches ran (GitHub allows 10 searches a minute)");
            queries = queries.Take(AnonymousQueries).ToList();
        }
        var results = new List<UpstreamIssue>();
        var answered = 0;
        foreach (var query in queries)
        {
            try
            {
                results.AddRange(tally.Take(await upstream.Api.SearchIssuesAsync(target.Repository, query.Text, ResultsPerQuery, cancellationToken)));
                answered++;
            }
            catch (GitHubProblemException e)
            {
                if (answered == 0)
                {
                    return new SymbolIssueResults(tally.Finish(e.Problem), target, []);
                }
                tally.Note($"the search by {query.Purpose} and later ones did not run: {e.Problem.Message}");
                break;
            }
        }
        return new SymbolIssueResults(tally.Finish(), target, UpstreamMatchClassifier.Classify(target, results));
    }
}
