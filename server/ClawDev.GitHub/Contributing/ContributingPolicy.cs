using ClawDev.GitHub.Contributing.Detectors;

namespace ClawDev.GitHub.Contributing;

/// <summary>
/// The contribution rules of a repository, read from its CONTRIBUTING.md (at the root, in <c>.github/</c>, in
/// <c>docs/</c>) and the in-repository Markdown documents those link to.
/// </summary>
public sealed class ContributingPolicy
{
    private static readonly IRuleDetector[] Detectors =
    [
        new TrivialChangesDetector(),
        new LinkedIssueDetector(),
        new SignOffDetector(),
        new LicenseAgreementDetector(),
        new AiUseDetector(),
        new RequiredCommandDetector(),
        new TitleConventionDetector(),
    ];

    private ContributingPolicy(IReadOnlyList<string> documents, IReadOnlyList<PolicyRule> rules, IReadOnlyList<string> problems)
    {
        Documents = documents;
        Rules = rules;
        Problems = problems;
    }

    /// <summary>A repository without a contribution guide.</summary>
    public static ContributingPolicy None { get; } = new([], [], []);

    /// <summary>The documents read, guides first, relative to the repository root.</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>Every rule found, in document order.</summary>
    public IReadOnlyList<PolicyRule> Rules { get; }

    /// <summary>Documents that could not be read, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Reads the policy of the repository at <paramref name="repositoryRoot"/>. Never throws for content.</summary>
    public static ContributingPolicy Load(string repositoryRoot)
    {
        var problems = new List<string>();
        var documents = ContributingDocuments.Read(repositoryRoot, problems);
        var rules = new List<PolicyRule>();
        foreach (var (_, document) in documents)
        {
            foreach (var statement in document.Statements)
            {
                foreach (var detector in Detectors)
                {
                    detector.Detect(statement, rules);
                }
            }
        }
        return new ContributingPolicy([.. documents.Select(d => d.Path)], rules, problems);
    }

    /// <summary>The rules of one kind, the blocking ones first (each group in document order).</summary>
    public IReadOnlyList<PolicyRule> Of(PolicyRuleKind kind) =>
        [.. Rules.Where(r => r.Kind == kind).OrderByDescending(r => r.Severity)];

    /// <summary>The strongest rule of a kind (blocking before advisory, then the first written), or null.</summary>
    public PolicyRule? Strongest(PolicyRuleKind kind) => Of(kind).FirstOrDefault();
}
