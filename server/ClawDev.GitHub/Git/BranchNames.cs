using System.Text;

namespace ClawDev.GitHub.Git;

/// <summary>Branch names for documentation work: <c>docs/&lt;slug&gt;</c> or <c>docs/issue-N-&lt;slug&gt;</c>.</summary>
public static class BranchNames
{
    public const int MaxSlugLength = 48;

    /// <summary>The branch name for work described by <paramref name="topic"/> (an issue title, or what the change
    /// documents), valid per <c>git check-ref-format --branch</c> whatever the topic holds.</summary>
    public static string ForDocumentation(string topic, int? issueNumber)
    {
        var slug = Slug(topic);
        return issueNumber is { } number
            ? (slug.Length == 0 ? $"docs/issue-{number}" : $"docs/issue-{number}-{slug}")
            : (slug.Length == 0 ? "docs/update" : $"docs/{slug}");
    }

    /// <summary>
    /// Lower-case ASCII letters and digits joined by single dashes, at most <see cref="MaxSlugLength"/> characters
    /// cut at a word end. Everything git refuses in a ref ("..", "~^:?*[\", spaces, control characters, "@{",
    /// a leading '.', a trailing ".lock") is left out by construction; accents are dropped, other letters too.
    /// </summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(MaxSlugLength);
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }
                slug.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                pendingDash = true;
            }
        }
        if (slug.Length <= MaxSlugLength)
        {
            return slug.ToString();
        }
        var cut = slug.ToString(0, MaxSlugLength + 1).LastIndexOf('-');
        return slug.ToString(0, cut > 0 ? cut : MaxSlugLength);
    }

    /// <summary><paramref name="name"/>, or with "-2", "-3", ... appended until no local branch has that name.</summary>
    /// <exception cref="ArgumentException">git does not accept <paramref name="name"/> as a branch name.</exception>
    public static string Unused(GitSession git, string name, CancellationToken cancellationToken)
    {
        if (!IsValid(git, name, cancellationToken))
        {
            throw new ArgumentException($"'{name}' is not a valid branch name", nameof(name));
        }
        var candidate = name;
        for (var suffix = 2; GitBranches.Exists(git, candidate, cancellationToken); suffix++)
        {
            candidate = $"{name}-{suffix}";
        }
        return candidate;
    }

    /// <summary>git's own verdict on a branch name.</summary>
    public static bool IsValid(GitSession git, string name, CancellationToken cancellationToken) =>
        git.Run(cancellationToken, "check-ref-format", "--branch", name).ExitCode == 0;
}
