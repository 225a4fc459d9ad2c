namespace ClawDev.Core.Tests.Python;

/// <summary>
/// Compares text with a snapshot file. <c>CLAWDEV_UPDATE_SNAPSHOTS=1</c> rewrites the snapshot instead; every
/// rewritten snapshot is to be read before it is committed.
/// </summary>
internal static class Snapshot
{
    public static bool Updating => Environment.GetEnvironmentVariable("CLAWDEV_UPDATE_SNAPSHOTS") == "1";

    public static void AssertMatches(string actual, string snapshotPath)
    {
        if (Updating)
        {
            File.WriteAllText(snapshotPath, actual);
            return;
        }
        Assert.True(File.Exists(snapshotPath), $"{snapshotPath} does not exist; run the tests with CLAWDEV_UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(File.ReadAllText(snapshotPath).ReplaceLineEndings("\n"), actual);
    }
}
