namespace ClawDev.Core.Tests.Docstrings;

/// <summary>Compares output with a committed snapshot file; CLAWDEV_UPDATE_SNAPSHOTS=1 rewrites the file instead.</summary>
public static class Snapshot
{
    public static void Match(string snapshotPath, string actual)
    {
        if (Environment.GetEnvironmentVariable("CLAWDEV_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(snapshotPath, actual);
            return;
        }
        Assert.True(File.Exists(snapshotPath), $"Missing snapshot {snapshotPath}; run with CLAWDEV_UPDATE_SNAPSHOTS=1 and read it.");
        Assert.Equal(File.ReadAllText(snapshotPath), actual);
    }
}
