using System.Runtime.CompilerServices;

namespace ClawDev.GitHub.Tests.TestSupport;

/// <summary>Fixture folders in the source tree (not copied to the output), so that snapshots are rewritten in place.</summary>
internal static class SourcePaths
{
    public static string TestsRoot { get; } = Path.GetDirectoryName(Here())!.Replace("/TestSupport", "");

    public static string Under(string relative) => Path.Combine(TestsRoot, relative);

    private static string Here([CallerFilePath] string path = "") => path;
}
