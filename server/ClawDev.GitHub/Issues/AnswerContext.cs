using ClawDev.GitHub.Api;
using ClawDev.GitHub.Upstream;

namespace ClawDev.GitHub.Issues;

/// <summary>What every answer from GitHub tells the user besides its items: which upstream, how it was asked, how
/// fresh the data is, and why it is empty when GitHub failed and nothing was cached.</summary>
/// <param name="Authenticated">Whether the requests carried the user's token (false: the lower anonymous limit).</param>
/// <param name="Notes">For the user: the anonymous limit, "cached 3 h ago (…)", what was left out to save requests.</param>
/// <param name="CachedAge">The age of the oldest cached answer used; null when everything came from GitHub now.</param>
/// <param name="Problem">Set when GitHub failed and no cached answer could stand in: the items are then empty.</param>
public sealed record AnswerContext(UpstreamLocation Upstream, bool Authenticated, IReadOnlyList<string> Notes, TimeSpan? CachedAge, GitHubProblem? Problem);

/// <summary>Collects what the reads of one answer said about their freshness, for its <see cref="AnswerContext"/>.</summary>
internal sealed class AnswerTally(ConnectedUpstream upstream, DateTimeOffset now)
{
    private readonly List<string> _notes = [.. upstream.Notes];
    private DateTimeOffset? _oldestCached;
    private string? _oldestFreshness;

    /// <summary>The value of <paramref name="fetched"/>; a cached one is remembered for the "cached N ago" note.</summary>
    public T Take<T>(Fetched<T> fetched)
    {
        if (fetched.IsCached && (_oldestCached is null || fetched.FetchedAt < _oldestCached))
        {
            _oldestCached = fetched.FetchedAt;
            _oldestFreshness = fetched.Freshness(now);
        }
        return fetched.Value;
    }

    public void Note(string note) => _notes.Add(note);

    public AnswerContext Finish(GitHubProblem? problem = null)
    {
        var notes = new List<string>(_notes);
        if (_oldestFreshness is not null)
        {
            notes.Add(_oldestFreshness);
        }
        return new AnswerContext(upstream.Location, upstream.Api.AuthenticationNote is null, notes, now - _oldestCached, problem);
    }
}
