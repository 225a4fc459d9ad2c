namespace ClawDev.GitHub.Contributing;

/// <summary>What a contribution rule of the upstream asks for.</summary>
public enum PolicyRuleKind
{
    /// <summary>Typo-only, spelling-only or otherwise trivial pull requests are not accepted.</summary>
    TrivialChangesNotAccepted,

    /// <summary>A pull request must link an issue (<see cref="PolicyRule.RequiresAssignedIssue"/>: one assigned to you first).</summary>
    LinkedIssueRequired,

    /// <summary>Commits carry a Developer Certificate of Origin sign-off (<c>Signed-off-by:</c>, <c>git commit -s</c>).</summary>
    DcoSignOff,

    /// <summary>A Contributor License Agreement must be signed.</summary>
    ContributorLicenseAgreement,

    /// <summary>The use of AI tools must be disclosed in the pull request.</summary>
    AiDisclosure,

    /// <summary>AI-generated contributions are not accepted at all.</summary>
    AiContributionsNotAccepted,

    /// <summary>A command to run locally before submitting (<see cref="PolicyRule.Command"/>).</summary>
    RequiredCommand,

    /// <summary>Pull request titles follow a convention (<see cref="PolicyRule.TitlePrefixes"/>, conventional commits).</summary>
    TitleConvention,

    /// <summary>
    /// ClawDev's own rule, for every repository: the drafter's placeholders ("TODO: describe x.") never go upstream.
    /// Its <see cref="PolicyRule.Source"/> is the first line that still holds one.
    /// </summary>
    NoDraftPlaceholders,
}

public enum RuleSeverity
{
    /// <summary>Worded as a recommendation ("please", "we prefer"): shown, does not stop the pull request.</summary>
    Advisory,

    /// <summary>Worded as a requirement ("must", "will be closed", "not accepted"): a violation stops the pull request.</summary>
    Blocking,
}

/// <summary>Where a rule was read: the document (relative to the repository root, '/' separators), its 1-based
/// line, and the sentence as written (Markdown code spans kept in backticks).</summary>
public sealed record PolicySource(string Document, int Line, string Sentence)
{
    public override string ToString() => $"{Document}:{Line}: \"{Sentence}\"";
}

/// <summary>One rule of the upstream's contribution policy, with the sentence it was read from.</summary>
public sealed record PolicyRule(PolicyRuleKind Kind, RuleSeverity Severity, PolicySource Source)
{
    /// <summary>For <see cref="PolicyRuleKind.LinkedIssueRequired"/>: the issue must be assigned to you before you start.</summary>
    public bool RequiresAssignedIssue { get; init; }

    /// <summary>For <see cref="PolicyRuleKind.RequiredCommand"/>: the command line as written.</summary>
    public string? Command { get; init; }

    /// <summary>For <see cref="PolicyRuleKind.TitleConvention"/>: the prefixes the document shows, as written (<c>[docs]</c>, <c>DOC:</c>).</summary>
    public IReadOnlyList<string> TitlePrefixes { get; init; } = [];

    /// <summary>For <see cref="PolicyRuleKind.TitleConvention"/>: the document asks for Conventional Commits.</summary>
    public bool ConventionalCommits { get; init; }

    /// <summary>One line per rule, for listings and the policy fixtures' expectations.</summary>
    public override string ToString()
    {
        var details = Kind switch
        {
            PolicyRuleKind.LinkedIssueRequired when RequiresAssignedIssue => " (assigned)",
            PolicyRuleKind.RequiredCommand => $" `{Command}`",
            PolicyRuleKind.TitleConvention => TitleDetails(),
            _ => "",
        };
        return $"{Kind}{details} {Severity} {Source}";
    }

    private string TitleDetails()
    {
        var parts = TitlePrefixes.Select(p => $"`{p}`").ToList();
        if (ConventionalCommits)
        {
            parts.Add("conventional commits");
        }
        return $" ({string.Join(", ", parts)})";
    }
}
