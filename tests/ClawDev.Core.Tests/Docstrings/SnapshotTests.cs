using ClawDev.Core.Docstrings;
using ClawDev.Core.Tests.Support;

namespace ClawDev.Core.Tests.Docstrings;

/// <summary>Each fixture's docstrings parse to the committed dump next to it (Fixtures/&lt;style&gt;/&lt;name&gt;.parsed.txt).</summary>
public sealed class SnapshotTests
{
    [Theory]
    [MemberData(nameof(FixtureFile.All), MemberType = typeof(FixtureFile))]
    public void Fixture_parses_to_its_snapshot(string name)
    {
        var fixture = FixtureFile.Load(name);

        var dump = DocstringDump.Render(fixture, docstring => DocstringParser.Parse(fixture.Text, docstring.ContentSpan));

        Snapshot.Match(Path.ChangeExtension(fixture.Path, ".parsed.txt"), dump);
    }
}
