using System.Text.RegularExpressions;

namespace ClawDev.GitHub.PullRequests;

/// <summary>The issue a branch is named after: <c>docs/issue-12-document-shout</c>, <c>fix/gh-7</c>, <c>issue12</c> → 12.</summary>
public static partial class IssueBranch
{
    public static int? NumberIn(string? branch) =>
        branch is not null && IssueToken().Match(branch) is { Success: true } match && int.TryParse(match.Groups["number"].ValueSpan, out var number)
            ? number
            : null;

    [GeneratedRegex(@"(?:^|[/_-])(?:issue|gh)[-_]?(?<number>[0-9]{1,9})(?=$|[/_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IssueToken();
}
