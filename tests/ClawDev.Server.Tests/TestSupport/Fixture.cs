using ClawDev.TestSupport;

namespace ClawDev.Server.Tests.TestSupport;

/// <summary>
/// A copy of a repository under Fixtures/ in a fresh temporary directory, outside any git work tree, so that a scan
/// sees exactly the fixture. Files named "_gitignore" become ".gitignore" in the copy (kept under another name in
/// the source tree so they cannot hide files of the ClawDev repository itself).
/// </summary>
internal static class Fixture
{
    public const string RootPlaceholder = "<ROOT>";

    public static TemporaryDirectory Copy(string name)
    {
        var source = Path.Combine(TestPaths.Fixtures, name);
        var copy = new TemporaryDirectory();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            if (Path.GetFileName(relative) == "_gitignore")
            {
                relative = relative[..^"_gitignore".Length] + ".gitignore";
            }
            copy.WriteBytes(relative, File.ReadAllBytes(file));
        }
        return copy;
    }

    /// <summary>Output with the temporary root replaced, so that it can be compared with a snapshot.</summary>
    public static string Normalize(string output, TemporaryDirectory copy) =>
        output
            .Replace(new Uri(copy.Path + "/").AbsoluteUri, "file://" + RootPlaceholder + "/")
            .Replace(copy.Path, RootPlaceholder);
}
