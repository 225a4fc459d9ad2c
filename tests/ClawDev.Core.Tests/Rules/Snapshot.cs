namespace ClawDev.Core.Tests.Rules;

/// <summary>
/// Compares rendered output with an expected-output file. With CLAWDEV_UPDATE_SNAPSHOTS=1 the file is rewritten
/// instead (read every change before committing it).
/// </summary>
internal static class Snapshot
{
    public static bool Updating => Environment.GetEnvironmentVariable("CLAWDEV_UPDATE_SNAPSHOTS") == "1";

    public static void Match(string expectedPath, string actual)
    {
        if (Updating)
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"missing snapshot {expectedPath}; run with CLAWDEV_UPDATE_SNAPSHOTS=1 and review it");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }
}
