namespace ClawDev.Server.Tests.TestSupport;

/// <summary>
/// Golden outputs under Snapshots/. CLAWDEV_UPDATE_SNAPSHOTS=1 rewrites them from the actual output; every
/// rewritten snapshot must be read (git diff) before it is committed.
/// </summary>
internal static class Snapshot
{
    public const string UpdateVariable = "CLAWDEV_UPDATE_SNAPSHOTS";

    public static void Match(string name, string actual)
    {
        var path = Path.Combine(TestPaths.Snapshots, name);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(TestPaths.Snapshots);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"Snapshot {name} does not exist: run the tests with {UpdateVariable}=1, then read it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
