namespace ClawDev.GitHub.Issues.Ranking;

/// <summary>"updated today", "updated 3 days ago", "updated 2 months ago".</summary>
internal static class Freshness
{
    public static string Describe(DateTimeOffset updatedAt, DateTimeOffset now)
    {
        var days = (int)Math.Floor((now - updatedAt).TotalDays);
        return days switch
        {
            <= 0 => "updated today",
            1 => "updated yesterday",
            < 60 => $"updated {days} days ago",
            < 730 => $"updated {days / 30} months ago",
            _ => $"updated {days / 365} years ago",
        };
    }
}
