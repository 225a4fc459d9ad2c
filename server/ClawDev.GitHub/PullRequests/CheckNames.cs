using ClawDev.GitHub.Contributing;

namespace ClawDev.GitHub.PullRequests;

/// <summary>The short name of a pre-flight check, as the checklist shows it ("DCO sign-off", "run make style").</summary>
public static class CheckNames
{
    public static string Of(PreflightCheck check) => check.Kind switch
    {
        PolicyRuleKind.TrivialChangesNotAccepted => "no typo-only pull requests",
        PolicyRuleKind.LinkedIssueRequired => check.Rule.RequiresAssignedIssue ? "link an issue assigned to you" : "link an issue",
        PolicyRuleKind.DcoSignOff => "DCO sign-off",
        PolicyRuleKind.ContributorLicenseAgreement => "contributor license agreement",
        PolicyRuleKind.AiDisclosure => "AI-use disclosure",
        PolicyRuleKind.AiContributionsNotAccepted => "no AI-generated contributions",
        PolicyRuleKind.RequiredCommand => $"run {check.Rule.Command}",
        PolicyRuleKind.TitleConvention => "title convention",
        PolicyRuleKind.NoDraftPlaceholders => "no draft placeholders",
        _ => check.Kind.ToString(),
    };
}
