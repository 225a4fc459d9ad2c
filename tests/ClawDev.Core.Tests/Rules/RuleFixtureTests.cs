using ClawDev.Core.Tests.Support;
namespace ClawDev.Core.Tests.Rules;

/// <summary>Every rule against its fixture files: the findings must equal the reviewed snapshot next to each file.</summary>
public sealed class RuleFixtureTests
{
    private static readonly string Root = FixtureCase.FixturesFolder();

    public static TheoryData<string> Fixtures => FixtureCase.All(Root);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Findings_match_the_snapshot(string fixture)
    {
        var fixtureCase = new FixtureCase(Root, fixture);
        var analysis = fixtureCase.Analyze(new HashSet<string> { fixtureCase.Group });

        Snapshot.Match(fixtureCase.ExpectedPath, FixtureCase.RenderFindings(analysis));
    }
}
