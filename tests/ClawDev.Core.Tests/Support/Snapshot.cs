namespace ClawDev.Core.Tests.Support;

/// <summary>
/// Compares rendered output with a committed snapshot file. With CLAWDEV_UPDATE_SNAPSHOTS=1 the file is rewritten
/// instead; every rewritten snapshot is read (git diff) before it is committed.
/// </summary>
internal static class Snapshot
{
    public static void Match(string snapshotPath, string actual)
    {
        if (Environment.GetEnvironmentVariable("CLAWDEV_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(snapshotPath, actual);
            return;
        }
        Assert.True(File.Exists(snapshotPath), $"missing snapshot {snapshotPath}; run the tests with CLAWDEV_UPDATE_SNAPSHOTS=1, then read it");
        Assert.Equal(File.ReadAllText(snapshotPath), actual);
    }
}
