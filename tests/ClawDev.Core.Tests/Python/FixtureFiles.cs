using System.Runtime.CompilerServices;

namespace ClawDev.Core.Tests.Python;

/// <summary>The fixture folder next to this source file, so snapshots are read and rewritten in the source tree.</summary>
internal static class FixtureFiles
{
    public static string Folder { get; } = Path.Combine(SourceFolder(), "Fixtures");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Every fixture module, the deliberately damaged one included.</summary>
    public static IEnumerable<string> AllModules() => Directory.GetFiles(Folder, "*.py").Select(Path.GetFileName).Order()!;

    /// <summary>The realistic, well-formed fixture modules.</summary>
    public static IEnumerable<string> WellFormedModules() =>
        AllModules().Where(name => !name.StartsWith("half_typed", StringComparison.Ordinal));

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
