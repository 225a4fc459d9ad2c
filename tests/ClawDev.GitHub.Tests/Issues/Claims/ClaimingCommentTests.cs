using ClawDev.GitHub.Issues.Claims;
using ClawDev.GitHub.Tests.TestSupport;

namespace ClawDev.GitHub.Tests.Issues.Claims;

/// <summary>Fixtures/comments.txt: comments that claim an issue, comments that give it back, and comments that only look like either.</summary>
public sealed class ClaimingCommentTests
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(SourceTree.Fixtures(), "comments.txt")))
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                var parts = line.Split('\t', 2);
                cases.Add(parts[0], parts[1]);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tells_claims_from_other_comments(string verdict, string comment)
    {
        var body = comment.Replace("\\n", "\n");

        Assert.Equal(verdict == "claim", ClaimingComment.ClaimIn(body) is not null);
        Assert.Equal(verdict == "release", ClaimingComment.ReleasesIn(body));
    }
}
