using ClawDev.GitHub.Issues;
using ClawDev.GitHub.Issues.Labels;

namespace ClawDev.GitHub.Templates;

/// <summary>The template a documentation issue should use, or none (a blank issue), and why.</summary>
public sealed record TemplateChoice(IssueTemplate? Template, string Reason)
{
    private static readonly string[] FallbackWords = ["feature", "enhancement", "improvement", "request", "suggestion"];

    /// <summary>
    /// The template whose labels, name or description are about documentation (a documentation label counts
    /// most, then the name, then the description). Without one: a blank issue when the repository allows them,
    /// else a feature/enhancement template, else the first template.
    /// </summary>
    public static TemplateChoice For(IssueTemplateSet templates)
    {
        var scored = templates.Templates
            .Select(template => (Template: template, Score: DocumentationScore(template)))
            .Where(t => t.Score > 0)
            .OrderByDescending(t => t.Score)
            .FirstOrDefault();
        if (scored.Template is { } documentation)
        {
            return new TemplateChoice(documentation, $"\"{documentation.Name}\" is the repository's documentation template");
        }
        if (templates.BlankIssuesEnabled)
        {
            return new TemplateChoice(null, templates.Templates.Count == 0
                ? "the repository has no issue templates"
                : "no template is about documentation and blank issues are allowed");
        }
        var fallback = templates.Templates.FirstOrDefault(t => LabelWords.All(t.Name).Any(FallbackWords.Contains)) ?? templates.Templates.FirstOrDefault();
        return fallback is null
            ? new TemplateChoice(null, "the repository has no issue templates")
            : new TemplateChoice(fallback, $"no template is about documentation and blank issues are disabled; \"{fallback.Name}\" is the closest");
    }

    private static int DocumentationScore(IssueTemplate template)
    {
        var score = template.Labels.Any(label => LabelClassifier.Classify(new RepositoryLabel(label, null)).Contains(LabelCategory.Documentation)) ? 4 : 0;
        score += IsAboutDocumentation(template.Name) ? 2 : 0;
        score += IsAboutDocumentation(template.About) ? 1 : 0;
        return score;
    }

    private static bool IsAboutDocumentation(string text) =>
        LabelClassifier.Classify(new RepositoryLabel(text, null)).Contains(LabelCategory.Documentation);
}
