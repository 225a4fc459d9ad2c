using ClawDev.Core.Changes;
using ClawDev.GitHub.Contributing;
using ClawDev.GitHub.Git;

namespace ClawDev.GitHub.PullRequests;

public enum CheckStatus
{
    Pass,
    Advisory,
    Blocking,
}

/// <summary>One line of the pre-flight checklist: a rule of the repository applied to this change.</summary>
/// <param name="Reason">Why it passes, or what to do, quoting the rule where it fails.</param>
/// <param name="Rule">The rule checked (its source quotes the document and line).</param>
public sealed record PreflightCheck(PolicyRuleKind Kind, CheckStatus Status, string Reason, PolicyRule Rule)
{
    public override string ToString() => $"{Status} {Kind}: {Reason}";
}

/// <summary>What the checklist needs to know about the change.</summary>
/// <param name="Change">The strongest kind among the chosen files (new documentation over improvement over trivial).</param>
/// <param name="IssueAssignedToYou">Whether the issue is assigned to the user, or null when not known (offline).</param>
/// <param name="AiAssisted">The user says AI tools helped write the change.</param>
/// <param name="SignOff">Who signs off; null when git has no user.name/user.email.</param>
public sealed record PreflightFacts(
    DocumentationChangeKind Change,
    int DocumentedSymbols,
    int? IssueNumber,
    bool? IssueAssignedToYou,
    bool AiAssisted,
    GitIdentity? SignOff,
    TitleStyle Title)
{
    /// <summary>Lines the change adds to docstrings that still hold a drafter's placeholder, in file order.</summary>
    public IReadOnlyList<PolicySource> Placeholders { get; init; } = [];
}

/// <summary>Applies a repository's contribution rules to one change: pass, advisory or blocking, each with its reason.</summary>
public static class PreflightChecklist
{
    /// <summary>
    /// One check per rule kind (its strongest rule), and one per required command, in a fixed order; first, when the
    /// change adds drafter's placeholders to docstrings, the blocking check that names each line.
    /// </summary>
    public static IReadOnlyList<PreflightCheck> Build(ContributingPolicy policy, PreflightFacts facts)
    {
        var checks = new List<PreflightCheck>();
        if (facts.Placeholders is [var first, ..] placeholders)
        {
            checks.Add(new PreflightCheck(PolicyRuleKind.NoDraftPlaceholders, CheckStatus.Blocking,
                $"added docstring lines still hold the drafter's TODO placeholders at {string.Join(", ", placeholders.Select(p => $"{p.Document}:{p.Line}"))}: write what they stand for, or leave the entries out",
                new PolicyRule(PolicyRuleKind.NoDraftPlaceholders, RuleSeverity.Blocking, first)));
        }
        void Check(PolicyRuleKind kind, Func<PolicyRule, (CheckStatus, string)> apply)
        {
            if (policy.Strongest(kind) is { } rule)
            {
                var (status, reason) = apply(rule);
                checks.Add(new PreflightCheck(kind, status, reason, rule));
            }
        }

        Check(PolicyRuleKind.TrivialChangesNotAccepted, rule => TrivialChanges(rule, facts));
        Check(PolicyRuleKind.LinkedIssueRequired, rule => LinkedIssue(policy, rule, facts));
        Check(PolicyRuleKind.DcoSignOff, _ => facts.SignOff is { } identity
            ? (CheckStatus.Pass, $"the commit is signed off: {identity.SignOffTrailer}")
            : (CheckStatus.Blocking, "git has no user.name or user.email to sign off with: set them with `git config user.name` and `git config user.email`"));
        Check(PolicyRuleKind.ContributorLicenseAgreement, rule => (CheckStatus.Advisory, $"sign the CLA if you have not yet ({Quote(rule)})"));
        Check(PolicyRuleKind.AiContributionsNotAccepted, rule => facts.AiAssisted
            ? (Status(rule), $"the change is marked as AI-assisted, and this repository refuses AI-generated contributions ({Quote(rule)})")
            : (CheckStatus.Pass, "the change is not marked as AI-assisted"));
        Check(PolicyRuleKind.AiDisclosure, _ => (CheckStatus.Pass, facts.AiAssisted
            ? "the pull request discloses the AI assistance"
            : "the pull request states that no AI tools were used"));
        foreach (var rule in policy.Of(PolicyRuleKind.RequiredCommand).OrderBy(r => r.Source.Document, StringComparer.Ordinal).ThenBy(r => r.Source.Line))
        {
            checks.Add(new PreflightCheck(PolicyRuleKind.RequiredCommand, CheckStatus.Advisory,
                $"run `{rule.Command}` before the pull request leaves draft (ClawDev does not run it; {Quote(rule)})", rule));
        }
        Check(PolicyRuleKind.TitleConvention, _ => (CheckStatus.Pass, $"the title starts with `{facts.Title.Prefix}`"));
        return checks;
    }

    private static (CheckStatus, string) TrivialChanges(PolicyRule rule, PreflightFacts facts) => facts.Change switch
    {
        DocumentationChangeKind.NewDocumentation => (CheckStatus.Pass, $"the change documents {facts.DocumentedSymbols} symbol(s): not a typo-only change"),
        DocumentationChangeKind.Improvement => (CheckStatus.Pass, "the change rewords docstrings: more than a typo fix"),
        DocumentationChangeKind.Trivial or DocumentationChangeKind.CommentsOnly => (Status(rule),
            $"the change only touches whitespace, comments or spelling, which this repository does not accept on its own ({Quote(rule)}); bundle it with a change that documents something"),
        _ => (CheckStatus.Pass, "the change is not documentation-only"),
    };

    private static (CheckStatus, string) LinkedIssue(ContributingPolicy policy, PolicyRule rule, PreflightFacts facts)
    {
        if (facts.IssueNumber is not { } issue)
        {
            return (Status(rule), $"no issue is linked ({Quote(rule)}); start from an issue to add \"Fixes #N\"");
        }
        if (policy.Of(PolicyRuleKind.LinkedIssueRequired).FirstOrDefault(r => r.RequiresAssignedIssue) is not { } assignment)
        {
            return (CheckStatus.Pass, $"the pull request says \"Fixes #{issue}\"");
        }
        return facts.IssueAssignedToYou switch
        {
            true => (CheckStatus.Pass, $"#{issue} is assigned to you and linked with \"Fixes #{issue}\""),
            false => (Status(assignment), $"#{issue} is not assigned to you ({Quote(assignment)})"),
            null => (CheckStatus.Advisory, $"make sure #{issue} is assigned to you ({Quote(assignment)})"),
        };
    }

    private static CheckStatus Status(PolicyRule rule) => rule.Severity == RuleSeverity.Blocking ? CheckStatus.Blocking : CheckStatus.Advisory;

    private static string Quote(PolicyRule rule) => $"{rule.Source.Document}:{rule.Source.Line}: \"{rule.Source.Sentence}\"";
}
