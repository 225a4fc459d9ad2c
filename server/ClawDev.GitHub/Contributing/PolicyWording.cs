using System.Text.RegularExpressions;

namespace ClawDev.GitHub.Contributing;

/// <summary>How strongly a sentence asks: the one place that tells a requirement from a recommendation.</summary>
internal static partial class PolicyWording
{
    /// <summary>Blocking when the sentence words a requirement or a consequence ("must", "required", "will be
    /// closed", "not accepted", "do not open"); advisory for "please", "should", "we prefer", "discouraged".</summary>
    public static RuleSeverity SeverityOf(string sentence) =>
        Requirement().IsMatch(sentence) ? RuleSeverity.Blocking : RuleSeverity.Advisory;

    /// <summary>Words that refuse something: the part of a ban that says "no".</summary>
    public static bool Refuses(string sentence) => Refusal().IsMatch(sentence);

    /// <summary>The sentence speaks about pull requests or contributions (not, say, bug reports).</summary>
    public static bool MentionsPullRequests(string sentence) => PullRequests().IsMatch(sentence);

    [GeneratedRegex(@"\b(must|required?|requires|mandatory|have to|has to|needs? (?:you )?to|only (?:accept|merge|review)|will (?:be )?(?:closed|rejected)|(?:will|would|can|cannot|can't|won't) (?:not )?be (?:accepted|merged|reviewed|considered)|(?:are|is) not (?:accepted|allowed|permitted|merged)|(?:do|does|will|can)(?: not|n't) (?:accept|merge|review)|cannot (?:accept|merge)|not allowed|do not (?:open|submit|send|create)|don't (?:open|submit|send|create)|never)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Requirement();

    [GeneratedRegex(@"\b(not (?:be )?(?:accept|merg|review|consider|welcome)\w*|(?:don't|do not|does not|doesn't|won't|will not|cannot|can't) (?:accept|merge|review|open|submit|send|create|want)|no longer accept\w*|discourag\w*|avoid|refrain|(?:be|are|get|is) closed|close (?:them|such|these|those)|reject\w*|spam|unwelcome|not permitted|prohibited|forbidden|banned)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Refusal();

    [GeneratedRegex(@"\b(pull requests?|PRs?|merge requests?|contributions?|patch(?:es)?|changes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PullRequests();
}
