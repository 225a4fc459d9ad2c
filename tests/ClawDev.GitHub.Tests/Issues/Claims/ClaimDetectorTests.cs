using ClawDev.GitHub.Issues;
using ClawDev.GitHub.Issues.Claims;

namespace ClawDev.GitHub.Tests.Issues.Claims;

public sealed class ClaimDetectorTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_unclaimed_issue_has_no_claims()
    {
        var issue = Issue() with { RecentComments = [new IssueComment("dave", Now.AddDays(-1), "Is anyone working on this?")] };

        Assert.Empty(ClaimDetector.Detect(issue, new ClaimOptions(Now)));
    }

    [Fact]
    public void Assignee_claims_with_the_assignment_date_when_known()
    {
        var assigned = Issue() with { Assignees = ["alice"], AssignedAt = Now.AddDays(-200) };
        var undated = Issue() with { Assignees = ["alice"] };

        var claim = Assert.Single(ClaimDetector.Detect(assigned, new ClaimOptions(Now)));
        var fallback = Assert.Single(ClaimDetector.Detect(undated, new ClaimOptions(Now)));

        Assert.Equal(new Claim(ClaimKind.Assignee, "alice", Now.AddDays(-200), "assigned to @alice on 2023-11-14"), claim);
        Assert.Equal("assigned to @alice (issue last updated 2024-05-30)", fallback.Reason);
        Assert.Equal(Issue().UpdatedAt, fallback.Date);
    }

    [Fact]
    public void Open_and_merged_pull_requests_claim_but_closed_unmerged_ones_do_not()
    {
        var issue = Issue() with
        {
            LinkedPullRequests =
            [
                new LinkedPullRequest(10, "bob", IsOpen: false, Merged: false, Now.AddDays(-90)),
                new LinkedPullRequest(11, "carol", IsOpen: true, Merged: false, Now.AddDays(-40)),
                new LinkedPullRequest(12, "erin", IsOpen: false, Merged: true, Now.AddDays(-5)),
            ],
        };

        var claims = ClaimDetector.Detect(issue, new ClaimOptions(Now));

        Assert.Equal(
            ["merged PR #12 by @erin (opened 2024-05-27)", "open PR #11 by @carol since 2024-04-22"],
            claims.Select(c => c.Reason));
        Assert.Equal([ClaimKind.MergedPullRequest, ClaimKind.OpenPullRequest], claims.Select(c => c.Kind));
    }

    [Fact]
    public void Comment_claims_count_within_the_window_only_and_not_from_bots()
    {
        var issue = Issue() with
        {
            RecentComments =
            [
                new IssueComment("old-timer", Now.AddDays(-45), "I'd like to work on this"),
                new IssueComment("github-actions[bot]", Now.AddDays(-2), "/assign"),
                new IssueComment("frank", Now.AddDays(-3), "Thanks for the clear report! Can I take this?"),
            ],
        };

        var defaultWindow = ClaimDetector.Detect(issue, new ClaimOptions(Now));
        var wideWindow = ClaimDetector.Detect(issue, new ClaimOptions(Now, TimeSpan.FromDays(60)));

        var claim = Assert.Single(defaultWindow);
        Assert.Equal(new Claim(ClaimKind.Comment, "frank", Now.AddDays(-3), "@frank commented \"Can I take this?\" on 2024-05-29"), claim);
        Assert.Equal(["frank", "old-timer"], wideWindow.Select(c => c.Who));
    }

    [Fact]
    public void Each_author_counts_once_with_the_latest_claim()
    {
        var issue = Issue() with
        {
            RecentComments =
            [
                new IssueComment("frank", Now.AddDays(-10), "/take"),
                new IssueComment("frank", Now.AddDays(-1), "Still working on it, PR soon. Working on it!"),
            ],
        };

        var claim = Assert.Single(ClaimDetector.Detect(issue, new ClaimOptions(Now)));

        Assert.Equal(Now.AddDays(-1), claim.Date);
        Assert.Equal("@frank commented \"Working on it!\" on 2024-05-31", claim.Reason);
    }

    [Fact]
    public void A_later_releasing_comment_or_unassigned_event_releases_a_comment_claim_but_an_earlier_one_does_not()
    {
        var issue = Issue() with
        {
            RecentComments =
            [
                new IssueComment("frank", Now.AddDays(-9), "I'd like to work on this"),
                new IssueComment("frank", Now.AddDays(-4), "Sorry, I won't be able to work on this after all."),
                new IssueComment("grace", Now.AddDays(-8), "/unassign"),
                new IssueComment("grace", Now.AddDays(-6), "/take"),
                new IssueComment("heidi", Now.AddDays(-5), "Can I take this?"),
            ],
            Unassignments = [new AssignmentEvent("heidi", Now.AddDays(-2), Assigned: false)],
        };

        var claim = Assert.Single(ClaimDetector.Detect(issue, new ClaimOptions(Now)));

        Assert.Equal((ClaimKind.Comment, "grace"), (claim.Kind, claim.Who));
    }

    [Fact]
    public void An_assignee_who_later_gives_the_issue_back_in_a_comment_has_no_claim()
    {
        var released = Issue() with
        {
            Assignees = ["alice"],
            AssignedAt = Now.AddDays(-20),
            RecentComments = [new IssueComment("Alice", Now.AddDays(-3), "/unassign")],
        };
        var reassigned = released with { AssignedAt = Now.AddDays(-1) };

        Assert.Empty(ClaimDetector.Detect(released, new ClaimOptions(Now)));
        Assert.Equal("assigned to @alice on 2024-05-31", Assert.Single(ClaimDetector.Detect(reassigned, new ClaimOptions(Now))).Reason);
    }

    private static UpstreamIssue Issue() => new(
        123, "Document Trainer.train", "", IsOpen: true, IsPullRequest: false, Labels: ["Good First Issue"], Assignees: [],
        Author: "maintainer", CreatedAt: Now.AddDays(-60), UpdatedAt: Now.AddDays(-2), ClosedAt: null, CommentCount: 0,
        HtmlUrl: new Uri("https://github.com/huggingface/transformers/issues/123"));
}
