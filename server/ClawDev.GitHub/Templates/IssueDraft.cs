namespace ClawDev.GitHub.Templates;

/// <summary>A new issue, filled in the repository's template, ready to create through the API or to open in the browser.</summary>
/// <param name="Body">The issue's text: the filled Markdown template, or for a form the text GitHub would write from it
/// ("### Label" then the value, "_No response_" for empty fields), for creating it through the API.</param>
/// <param name="Template">The template used; null for a blank issue.</param>
/// <param name="TemplateReason">Why this template: "\"Documentation\" is the repository's documentation template".</param>
/// <param name="FieldValues">Forms: the values by field id, as they go into the URL.</param>
/// <param name="NewIssueUrl"><c>…/issues/new?template=…&amp;title=…&amp;labels=…&amp;body=…</c> (forms: field ids instead of body).</param>
/// <param name="UrlShortened">True when a value was cut to keep the URL within <see cref="IssueDrafter.MaxUrlLength"/>.</param>
public sealed record IssueDraft(
    string Title,
    string Body,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Assignees,
    IssueTemplate? Template,
    string TemplateReason,
    IReadOnlyDictionary<string, string> FieldValues,
    Uri NewIssueUrl,
    bool UrlShortened);
