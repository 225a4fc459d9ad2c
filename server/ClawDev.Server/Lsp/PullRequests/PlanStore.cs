using System.Security.Cryptography;
using ClawDev.GitHub.PullRequests;
using ClawDev.GitHub.Upstream;

namespace ClawDev.Server.Lsp.PullRequests;

/// <summary>A plan shown to the user, with what it was made from, kept until the user confirms it.</summary>
internal sealed record StoredPlan(ClawDev.GitHub.PullRequests.PullRequestPlan Plan, string Folder, UpstreamSettings Settings, DraftChoices Choices);

/// <summary>
/// The plans of <c>clawdev/draftPullRequest</c> under random ids: at most <see cref="Capacity"/> (the oldest goes
/// first), each for <see cref="Lifetime"/>, so a confirmation is always about a plan the user has just seen.
/// </summary>
internal sealed class PlanStore(TimeProvider clock)
{
    public const int Capacity = 16;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly Dictionary<string, (StoredPlan Plan, DateTimeOffset Until)> _plans = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public string Add(StoredPlan plan)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        lock (_plans)
        {
            while (_order.Count >= Capacity)
            {
                _plans.Remove(_order.Dequeue());
            }
            _plans[id] = (plan, clock.GetUtcNow() + Lifetime);
            _order.Enqueue(id);
        }
        return id;
    }

    /// <returns>The plan, or null when the id is unknown or the plan expired.</returns>
    public StoredPlan? Find(string id)
    {
        lock (_plans)
        {
            return _plans.TryGetValue(id, out var entry) && entry.Until > clock.GetUtcNow() ? entry.Plan : null;
        }
    }
}
