using System.Runtime.CompilerServices;

namespace ClawDev.Core.Tests.Configuration;

/// <summary>Compares output with an expected file in the source tree; CLAWDEV_UPDATE_SNAPSHOTS=1 rewrites the file instead.</summary>
internal static class Snapshot
{
    /// <summary>This folder in the source tree (fixtures are read from, and snapshots written to, the sources).</summary>
    public static string SourceDirectory([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;

    public static void Verify(string expectedFile, string actual)
    {
        if (Environment.GetEnvironmentVariable("CLAWDEV_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(expectedFile, actual);
            return;
        }

        Assert.True(File.Exists(expectedFile), $"{expectedFile} is missing; run with CLAWDEV_UPDATE_SNAPSHOTS=1 to create it, then read it.");
        Assert.Equal(File.ReadAllText(expectedFile), actual);
    }
}
