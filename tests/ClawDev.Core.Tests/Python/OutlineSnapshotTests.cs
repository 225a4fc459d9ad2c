using ClawDev.Core.Python;
using ClawDev.Core.Tests.Support;

namespace ClawDev.Core.Tests.Python;

/// <summary>Each fixture module's outline against its <c>.outline.txt</c> snapshot.</summary>
public sealed class OutlineSnapshotTests
{
    public static TheoryData<string> Modules() => new(FixtureFiles.AllModules());

    [Theory]
    [MemberData(nameof(Modules))]
    public void Outline_matches_snapshot(string fixture)
    {
        var decoded = SourceDecoder.Decode(File.ReadAllBytes(FixtureFiles.PathOf(fixture)));

        var outline = OutlineDump.Render(PythonParser.Parse(decoded.Text));

        Snapshot.Match(FixtureFiles.PathOf(Path.ChangeExtension(fixture, ".outline.txt")), outline);
    }
}
