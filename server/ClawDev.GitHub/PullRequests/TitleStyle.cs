using ClawDev.GitHub.Contributing;

namespace ClawDev.GitHub.PullRequests;

/// <summary>How a documentation pull request's title (and commit subject) starts in this repository.</summary>
/// <param name="Prefix">"docs:", "[docs]", "DOC:", ...</param>
/// <param name="Rule">The rule it follows, or null for ClawDev's default (Conventional Commits' <c>docs:</c>).</param>
public sealed record TitleStyle(string Prefix, PolicyRule? Rule)
{
    public const string DefaultPrefix = "docs:";

    /// <summary>
    /// The repository's prefix for documentation when its guide shows one (a prefix containing "doc", from the
    /// strongest title rule that has one), <c>docs:</c> when it asks for Conventional Commits, else <c>docs:</c>.
    /// </summary>
    public static TitleStyle For(ContributingPolicy policy)
    {
        var rules = policy.Of(PolicyRuleKind.TitleConvention);
        foreach (var rule in rules)
        {
            if (rule.TitlePrefixes.FirstOrDefault(p => p.Contains("doc", StringComparison.OrdinalIgnoreCase)) is { } prefix)
            {
                return new TitleStyle(prefix, rule);
            }
        }
        return new TitleStyle(DefaultPrefix, rules.FirstOrDefault(r => r.ConventionalCommits));
    }

    /// <summary>
    /// The prefixed title. After a colon prefix the description stays lower-case, as Conventional Commits writes
    /// it ("docs: document `x`"); after a bracket tag it starts with a capital ("[docs] Document `x`").
    /// </summary>
    public string Apply(string description)
    {
        if (Prefix.EndsWith(':'))
        {
            return $"{Prefix} {description}";
        }
        var capitalised = description.Length == 0 ? description : char.ToUpperInvariant(description[0]) + description[1..];
        return $"{Prefix} {capitalised}";
    }
}
