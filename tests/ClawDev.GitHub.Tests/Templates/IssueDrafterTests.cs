using System.Text;
using ClawDev.Core.Tests.Support;
using ClawDev.GitHub.Issues;
using ClawDev.GitHub.Issues.Labels;
using ClawDev.GitHub.Templates;
using ClawDev.GitHub.Tests.TestSupport;
using ClawDev.GitHub.Upstream;
using ClawDev.TestSupport;

namespace ClawDev.GitHub.Tests.Templates;

/// <summary>
/// Each folder under Fixtures/ is a repository's ISSUE_TEMPLATE folder (or none); the templates as read and the
/// drafted "missing documentation" issue are compared with its draft.txt.
/// </summary>
public sealed class IssueDrafterTests
{
    private static readonly string Folder = SourceTree.Fixtures();

    private static readonly MissingDocumentation TrainerTrain = new(
        new RepositoryId("github.com", "huggingface", "transformers"), "8a5e1a2b4c6d8e0f1a2b3c4d5e6f7a8b9c0d1e2f",
        "src/transformers/trainer.py", 1870, 1890, "Trainer.train", "transformers.trainer",
        [MissingDocumentation.UndocumentedParameters(["ignore_keys_for_eval", "kwargs"], "Trainer.train", "D417")]);

    public static TheoryData<string> Repositories() => new(Directory.GetDirectories(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Repositories))]
    public void Draft_matches_snapshot(string repository)
    {
        var templates = IssueTemplateReader.Read(TemplateFiles(repository));

        var draft = IssueDrafter.Draft(templates, TrainerTrain);

        Snapshot.Match(Path.Combine(Folder, repository, "draft.txt"), Describe(templates) + "\n" + Describe(draft));
    }

    [Fact]
    public void Reads_the_templates_of_a_checkout()
    {
        using var checkout = new TemporaryDirectory();
        foreach (var (name, text) in TemplateFiles("plain-markdown"))
        {
            checkout.Write($".github/ISSUE_TEMPLATE/{name}", text);
        }

        Assert.Equal(["bug_report.md", "documentation.md"], IssueTemplateReader.ReadRepository(checkout.Path).Templates.Select(t => t.FileName));
        Assert.Same(IssueTemplateSet.None, IssueTemplateReader.ReadRepository(Path.Combine(checkout.Path, "elsewhere")));
    }

    [Fact]
    public void Adds_the_repository_documentation_label_when_the_template_has_none()
    {
        var vocabulary = LabelVocabulary.Discover([new RepositoryLabel("module: docs", null)]);

        var draft = IssueDrafter.Draft(IssueTemplateReader.Read(TemplateFiles("pytorch")), TrainerTrain, vocabulary);

        Assert.Equal(["module: docs"], draft.Labels);
        Assert.Contains("labels=module%3A%20docs", draft.NewIssueUrl.AbsoluteUri);
    }

    [Fact]
    public void A_long_body_is_cut_to_keep_the_url_within_bounds()
    {
        var problems = Enumerable.Range(1, 400).Select(i => MissingDocumentation.UndocumentedParameters([$"argument_{i}"], "Trainer.train", "D417")).ToList();

        var draft = IssueDrafter.Draft(IssueTemplateSet.None, TrainerTrain with { Problems = problems });

        Assert.True(draft.UrlShortened);
        Assert.InRange(draft.NewIssueUrl.AbsoluteUri.Length, IssueDrafter.MaxUrlLength - 400, IssueDrafter.MaxUrlLength);
        Assert.EndsWith("%0A%0A%E2%80%A6", draft.NewIssueUrl.AbsoluteUri);
        Assert.Contains("argument_400", draft.Body);
    }

    private static IEnumerable<(string, string)> TemplateFiles(string repository)
    {
        var folder = Path.Combine(Folder, repository, "ISSUE_TEMPLATE");
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Select(path => (Path.GetFileName(path), File.ReadAllText(path))).ToList() : [];
    }

    private static string Describe(IssueTemplateSet templates)
    {
        var text = new StringBuilder($"blank issues enabled: {templates.BlankIssuesEnabled}\n");
        foreach (var link in templates.ContactLinks)
        {
            text.AppendLine($"contact link: {link.Name} <{link.Url}> {link.About}");
        }
        foreach (var note in templates.Notes)
        {
            text.AppendLine($"note: {note}");
        }
        foreach (var template in templates.Templates)
        {
            text.AppendLine($"template {template.FileName} ({template.Kind}): \"{template.Name}\" about \"{template.About}\" title \"{template.Title}\" labels [{string.Join(", ", template.Labels)}] assignees [{string.Join(", ", template.Assignees)}]");
            foreach (var field in template.Fields)
            {
                var required = field.Required ? " required" : "";
                var options = field.Options.Count > 0 ? $" options [{string.Join(" | ", field.Options)}]" : "";
                text.AppendLine($"    {field.Type} id={field.Id ?? "(none)"}{required} \"{field.Label}\"{options}");
            }
        }
        return text.ToString();
    }

    private static string Describe(IssueDraft draft)
    {
        var text = new StringBuilder();
        text.AppendLine($"chosen: {draft.Template?.FileName ?? "(blank issue)"} because {draft.TemplateReason}");
        text.AppendLine($"title: {draft.Title}");
        text.AppendLine($"labels: [{string.Join(", ", draft.Labels)}] assignees: [{string.Join(", ", draft.Assignees)}]");
        foreach (var (id, value) in draft.FieldValues.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"field {id}: {value.ReplaceLineEndings("\\n")}");
        }
        text.AppendLine($"url ({draft.NewIssueUrl.AbsoluteUri.Length} characters{(draft.UrlShortened ? ", shortened" : "")}):");
        text.AppendLine(draft.NewIssueUrl.AbsoluteUri);
        text.AppendLine("body:");
        text.Append(draft.Body);
        return text.ToString();
    }
}
