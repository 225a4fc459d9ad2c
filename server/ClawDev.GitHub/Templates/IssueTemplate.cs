namespace ClawDev.GitHub.Templates;

public enum IssueTemplateKind
{
    /// <summary>A Markdown file with YAML front matter; the body is prefilled text.</summary>
    Markdown,

    /// <summary>A YAML issue form; the body is a list of fields.</summary>
    Form,
}

/// <summary>One field of an issue form (<c>body:</c> entry).</summary>
/// <param name="Type">markdown, textarea, input, dropdown or checkboxes.</param>
/// <param name="Id">The field's id, which is also its URL query parameter; null when it has none.</param>
public sealed record FormField(string Type, string? Id, string Label, string Description, bool Required, IReadOnlyList<string> Options)
{
    public bool AcceptsText => Type is "textarea" or "input";

    /// <summary>Only text fields with an id can be prefilled through the new-issue URL.</summary>
    public bool CanPrefill => AcceptsText && Id is not null;
}

/// <summary>An issue template of <c>.github/ISSUE_TEMPLATE/</c>.</summary>
/// <param name="About">The front matter's <c>about</c> or the form's <c>description</c>.</param>
/// <param name="Title">The title it starts with ("[Docs]: "), or "".</param>
/// <param name="Body">Markdown templates: the text after the front matter. Forms: "".</param>
/// <param name="Fields">Forms: the body's fields. Markdown templates: empty.</param>
public sealed record IssueTemplate(
    string FileName,
    IssueTemplateKind Kind,
    string Name,
    string About,
    string Title,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Assignees,
    string Body,
    IReadOnlyList<FormField> Fields);

/// <summary>A link that <c>config.yml</c> offers instead of an issue (a forum, a security page).</summary>
public sealed record ContactLink(string Name, string Url, string About);

/// <summary>The repository's templates and <c>config.yml</c>; without a config, blank issues are allowed.</summary>
/// <param name="Notes">Files that could not be read, and why.</param>
public sealed record IssueTemplateSet(
    IReadOnlyList<IssueTemplate> Templates,
    bool BlankIssuesEnabled,
    IReadOnlyList<ContactLink> ContactLinks,
    IReadOnlyList<string> Notes)
{
    public static readonly IssueTemplateSet None = new([], true, [], []);
}
