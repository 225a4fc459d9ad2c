using ClawDev.GitHub.Git;
using ClawDev.TestSupport;

namespace ClawDev.GitHub.Tests.Git;

/// <summary>Proves that the expectations ClawDev's own matcher is tested against are what git itself decides.</summary>
public class GitIgnoreCasesAgainstGitTests
{
    public static TheoryData<string> CaseNames() => new(GitIgnoreCase.Load().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Git_agrees_with_every_expectation(string caseName)
    {
        var testCase = GitIgnoreCase.Load().Single(c => c.Name == caseName);
        using var repository = new GitRepository();
        repository.Write(".gitignore", string.Join('\n', testCase.Lines) + "\n");
        foreach (var (path, _) in testCase.Expectations)
        {
            if (path.EndsWith('/'))
            {
                repository.Directory.CreateDirectory(path);
            }
            else
            {
                repository.Write(path);
            }
        }

        var ignoredByGit = CheckIgnore(repository, testCase.Expectations.Select(e => e.Path.TrimEnd('/')));

        var disagreements = testCase.Expectations
            .Where(e => ignoredByGit.Contains(e.Path.TrimEnd('/')) != e.Ignored)
            .Select(e => $"git says {(e.Ignored ? "kept" : "ignored")}: {e.Path}")
            .ToList();
        Assert.Empty(disagreements);
    }

    // The paths exist, so git sees which are directories. (A trailing '/' would also say so, but check-ignore
    // then matches the slash too: "dir/**" would ignore "dir/", which a listing never does.)
    private static HashSet<string> CheckIgnore(GitRepository repository, IEnumerable<string> paths)
    {
        var input = System.Text.Encoding.UTF8.GetBytes(string.Join('\0', paths) + "\0");
        var result = new GitCli().Run(repository.Path, ["check-ignore", "-z", "--stdin"], CancellationToken.None, input);
        Assert.True(result.ExitCode is 0 or 1, result.Error);
        return System.Text.Encoding.UTF8.GetString(result.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
    }
}
