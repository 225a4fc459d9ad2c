namespace ClawDev.GitHub.Issues.Branches;

/// <summary>The branch for "Start working" on an issue: <c>docs/issue-123-short-title</c> in the repository's convention.</summary>
public static class BranchNamer
{
    /// <summary>Git's own limit is far higher; a short name stays readable in prompts and PR pages.</summary>
    public const int MaxLength = 60;

    /// <summary>A name git accepts (see <see cref="GitRefName.IsValidBranchName"/>), at most <see cref="MaxLength"/> characters.</summary>
    public static string NameFor(int issueNumber, string issueTitle, BranchNameConvention convention)
    {
        var folder = SafeFolder(convention.Folder);
        var token = GitRefName.Slug(convention.IssueTokenPrefix, 10, convention.Separator);
        var stem = $"{folder}{token}{(token.Length > 0 ? convention.Separator : "")}{issueNumber}";
        var slug = GitRefName.Slug(issueTitle, Math.Max(0, MaxLength - stem.Length - 1), convention.Separator);
        return slug.Length == 0 ? stem : $"{stem}{convention.Separator}{slug}";
    }

    private static string SafeFolder(string folder)
    {
        var slug = GitRefName.Slug(folder, 20);
        return slug.Length == 0 ? "" : slug + "/";
    }
}
