using System.Text;
using ClawDev.Core.Tests.Rules;
using ClawDev.Core.Tests.Support;

namespace ClawDev.Core.Tests.Analysis;

/// <summary>interrogate-style coverage of each fixture under Fixtures/Coverage, with the options next to it.</summary>
public sealed class CoverageFixtureTests
{
    private static readonly string Root = FixtureCase.FixturesFolder();

    public static TheoryData<string> Fixtures => FixtureCase.All(Root);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Coverage_matches_the_snapshot(string fixture)
    {
        var fixtureCase = new FixtureCase(Root, fixture);
        var analysis = fixtureCase.Analyze(new HashSet<string>());

        var coverage = analysis.Coverage;
        var text = new StringBuilder();
        text.Append($"total {coverage.Total}, documented {coverage.Documented}");
        if (coverage.ExcludedBecause is { } reason)
        {
            text.Append(", excluded: ").Append(reason);
        }
        text.Append('\n');
        foreach (var name in coverage.Missing)
        {
            text.Append("missing ").Append(name).Append('\n');
        }
        FixtureCase.AppendInternalErrors(analysis, text);
        Snapshot.Match(fixtureCase.ExpectedPath, text.ToString());
    }
}
