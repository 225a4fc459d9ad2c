using System.Runtime.CompilerServices;

namespace ClawDev.GitHub.Tests.TestSupport;

/// <summary>Fixture folders in the source tree (next to the test that reads them), so snapshots are rewritten in place.</summary>
internal static class SourceTree
{
    /// <summary>The "Fixtures" folder beside the calling test file.</summary>
    public static string Fixtures([CallerFilePath] string callerPath = "") =>
        Path.Combine(Path.GetDirectoryName(callerPath)!, "Fixtures");

    /// <summary>The files of a fixture folder with the given extension, by name, for [MemberData].</summary>
    public static TheoryData<string> FileNames(string folder, string extension)
    {
        var names = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(folder, "*" + extension).Order(StringComparer.Ordinal))
        {
            names.Add(Path.GetFileName(file));
        }
        return names;
    }
}
