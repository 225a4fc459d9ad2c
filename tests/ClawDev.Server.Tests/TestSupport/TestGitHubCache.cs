namespace ClawDev.Server.Tests.TestSupport;

/// <summary>
/// The language server keeps one GitHub cache per process (<c>CLAWDEV_CACHE_DIR</c>): in-process servers of this
/// test run use a folder of their own, never the user's, whichever test class starts first.
/// </summary>
internal static class TestGitHubCache
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("clawdev-cache-").FullName;
        Environment.SetEnvironmentVariable("CLAWDEV_CACHE_DIR", folder);
        // The folder is this test run's alone: nothing of it is left in the temporary folder once the run ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    });

    public static void Isolate() => _ = Folder.Value;
}
