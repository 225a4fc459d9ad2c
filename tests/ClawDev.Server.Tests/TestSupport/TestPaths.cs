using System.Reflection;

namespace ClawDev.Server.Tests.TestSupport;

internal static class TestPaths
{
    /// <summary>tests/ClawDev.Server.Tests in the source tree.</summary>
    public static string ProjectDirectory { get; } = typeof(TestPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ProjectDirectory").Value!;

    public static string Snapshots => Path.Combine(ProjectDirectory, "Snapshots");

    public static string Fixtures => Path.Combine(ProjectDirectory, "Fixtures");
}
