using System.Text.RegularExpressions;

namespace ClawDev.GitHub.Contributing.Detectors;

/// <summary>
/// Rules about AI tools: a sentence that names them and asks to disclose their use (<see cref="PolicyRuleKind.AiDisclosure"/>),
/// or refuses AI-generated contributions outright (<see cref="PolicyRuleKind.AiContributionsNotAccepted"/>).
/// "Undisclosed AI-generated pull requests will be closed" asks for disclosure: a blocking disclosure rule.
/// </summary>
internal sealed partial class AiUseDetector : IRuleDetector
{
    public void Detect(PolicyStatement statement, List<PolicyRule> rules)
    {
        var text = statement.Text;
        if (statement.Kind != StatementKind.Sentence || !AiTools().IsMatch(text))
        {
            return;
        }
        if (Disclosure().IsMatch(text))
        {
            rules.Add(new PolicyRule(PolicyRuleKind.AiDisclosure, PolicyWording.SeverityOf(text), statement.Source));
        }
        else if (PolicyWording.Refuses(text) && PolicyWording.MentionsPullRequests(text))
        {
            rules.Add(new PolicyRule(PolicyRuleKind.AiContributionsNotAccepted, PolicyWording.SeverityOf(text), statement.Source));
        }
    }

    // "AI" in capitals only, so that no word containing "ai" matches.
    [GeneratedRegex(@"\bAI\b|(?i:\bLLMs?\b|large language models?|generative|ChatGPT|Copilot|machine[- ]generated|AI[- ](?:assisted|generated|tools?))", RegexOptions.CultureInvariant)]
    private static partial Regex AiTools();

    [GeneratedRegex(@"\b((?:un)?disclos\w*|declare|mention|state (?:that|whether|which|how)|indicate|tell us|let us know|note (?:that|whether|in)|transparen\w*|acknowledge)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disclosure();
}
