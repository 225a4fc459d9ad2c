using ClawDev.Core.Workspace;
using ClawDev.TestSupport;

namespace ClawDev.Core.Tests.Workspace;

public class GitIgnoreCasesTests
{
    public static TheoryData<string> CaseNames() => new(GitIgnoreCase.Load().Select(c => c.Name));

    [Fact]
    public void The_case_file_has_cases_with_both_verdicts()
    {
        var cases = GitIgnoreCase.Load();
        Assert.True(cases.Count >= 10);
        Assert.All(cases, c => Assert.NotEmpty(c.Expectations));
        Assert.Contains(cases.SelectMany(c => c.Expectations), e => e.Ignored);
        Assert.Contains(cases.SelectMany(c => c.Expectations), e => !e.Ignored);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Every_path_gets_the_expected_verdict(string caseName)
    {
        var testCase = GitIgnoreCase.Load().Single(c => c.Name == caseName);
        var rules = IgnoreRules.None.With(GitIgnoreFile.Parse(string.Join('\n', testCase.Lines), ""));

        var wrong = testCase.Expectations
            .Where(e => rules.IsIgnored(e.Path.TrimEnd('/'), isDirectory: e.Path.EndsWith('/')) != e.Ignored)
            .Select(e => $"{(e.Ignored ? "should be ignored" : "should be kept")}: {e.Path}")
            .ToList();

        Assert.Empty(wrong);
    }
}
