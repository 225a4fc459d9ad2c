using System.Runtime.CompilerServices;
using System.Text;
using ClawDev.Core.Configuration;
using ClawDev.Core.Library;
using ClawDev.Core.Tests.Support;
using ClawDev.TestSupport;

namespace ClawDev.Core.Tests.Library;

/// <summary>
/// Each Fixtures/*.tree file is a repository written out as "=== path" sections (the lines below a header are the
/// file's content); "?? path" lines name paths to describe that do not exist. The snapshot beside it
/// (*.expected.txt) holds the library found and, for every Python file, its module name or why it is left out.
/// </summary>
public sealed class ScopeFixtureTests
{
    private static readonly string FixtureRoot = Path.Combine(SourceDirectory(), "Fixtures");

    public static TheoryData<string> Fixtures() =>
        [.. Directory.GetFiles(FixtureRoot, "*.tree").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Library_and_file_roles_match_expected(string fixture)
    {
        using var tree = new TemporaryDirectory();
        var paths = RepositoryTree.Write(File.ReadAllText(Path.Combine(FixtureRoot, fixture + ".tree")), tree);

        var configuration = ProjectConfiguration.Load(tree.Path);

        Snapshot.Match(Path.Combine(FixtureRoot, fixture + ".expected.txt"), Render(configuration, paths));
    }

    [Theory]
    [InlineData("trio", "package-folder-opened-alone")]
    [InlineData("my-tools", "package-folder-not-an-identifier")]
    public void A_package_folder_opened_on_its_own_is_the_package_when_its_name_can_be_imported(string folder, string expected)
    {
        using var tree = new TemporaryDirectory();
        var described = """
            === __init__.py
            from ._core import run
            === _core/__init__.py
            === _core/_run.py
            === _tests/test_run.py
            === lowlevel.py
            === _version.py
            === docs/conf.py
            === setup.py
            === conftest.py
            === test.py
            """;
        var paths = RepositoryTree.Write(described.Replace("=== ", $"=== {folder}/"), tree).Select(path => path[(folder.Length + 1)..]);

        var configuration = ProjectConfiguration.Load(Path.Combine(tree.Path, folder));

        Snapshot.Match(Path.Combine(FixtureRoot, expected + ".expected.txt"), Render(configuration, paths));
    }

    private static string Render(ProjectConfiguration configuration, IEnumerable<string> paths)
    {
        var text = new StringBuilder();
        var scope = configuration.Scope;
        text.Append("profile: ").Append(configuration.Profile.Name).Append('\n');
        text.Append("found by: ").Append(scope.FoundBy).Append('\n');
        foreach (var root in scope.Roots.OrderBy(root => root.Path, StringComparer.Ordinal))
        {
            text.Append("package: ").Append(root.Name).Append(" = ").Append(root.IsWholeFolder ? "." : root.Path).Append('\n');
        }
        foreach (var note in scope.Notes)
        {
            text.Append("note: ").Append(note).Append('\n');
        }
        foreach (var problem in configuration.Problems)
        {
            text.Append("problem: ").Append(problem).Append('\n');
        }
        foreach (var path in paths)
        {
            text.Append(path).Append("  ->  ");
            text.Append(configuration.Exclusion(path) is var (category, reason)
                ? $"{ExclusionCategories.Name(category)}: {reason}"
                : $"module {configuration.ModuleName(path)}");
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string SourceDirectory([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
