namespace ClawDev.Server.Tests.TestSupport;

/// <summary>A clock that always says <paramref name="now"/>, so ages and "updated N days ago" stay the same.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
