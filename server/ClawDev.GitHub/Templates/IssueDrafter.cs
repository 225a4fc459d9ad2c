using System.Text;
using ClawDev.GitHub.Issues.Labels;

namespace ClawDev.GitHub.Templates;

/// <summary>
/// Drafts a "missing documentation" issue in the repository's own template: chooses the template (see
/// <see cref="TemplateChoice"/>), fills it with the symbol, a permalink and what is missing, and builds the
/// prefilled new-issue URL (for a Markdown template or a blank issue the body goes in <c>body=</c>; for an issue
/// form each filled field goes in a parameter named by its id, as GitHub supports).
/// </summary>
public static class IssueDrafter
{
    /// <summary>GitHub answers 414 a little above 8 kB; this leaves room for the browser.</summary>
    public const int MaxUrlLength = 8000;

    /// <param name="vocabulary">The repository's labels: when the template carries no documentation label, the
    /// repository's first one is added.</param>
    public static IssueDraft Draft(IssueTemplateSet templates, MissingDocumentation missing, LabelVocabulary? vocabulary = null)
    {
        var choice = TemplateChoice.For(templates);
        var template = choice.Template;
        var title = TitleFor(template, missing);
        var labels = LabelsFor(template, vocabulary);
        var assignees = template?.Assignees ?? [];
        var parameters = new List<KeyValuePair<string, string>>();
        if (template is not null)
        {
            parameters.Add(new("template", template.FileName));
        }
        parameters.Add(new("title", title));
        if (labels.Count > 0)
        {
            parameters.Add(new("labels", string.Join(',', labels)));
        }
        if (assignees.Count > 0)
        {
            parameters.Add(new("assignees", string.Join(',', assignees)));
        }
        var description = Description(missing);
        string body;
        var fieldValues = new Dictionary<string, string>(StringComparer.Ordinal);
        if (template is { Kind: IssueTemplateKind.Form })
        {
            var values = FormFieldRoles.Assign(template.Fields).ToDictionary(
                assigned => assigned.Value,
                assigned => assigned.Key switch
                {
                    FormFieldRole.Permalink => missing.Permalink.AbsoluteUri,
                    FormFieldRole.Symbol => missing.FullName,
                    _ => description,
                });
            foreach (var field in template.Fields.Where(f => f.CanPrefill && values.ContainsKey(f)))
            {
                fieldValues[field.Id!] = values[field];
                parameters.Add(new(field.Id!, values[field]));
            }
            body = FormSubmission(template, values);
        }
        else
        {
            body = template is null ? description : FillMarkdown(template.Body, description);
            parameters.Add(new("body", body));
        }
        var (url, shortened) = NewIssueUrl.Build(missing.Repository, parameters, MaxUrlLength);
        var reason = template is { Kind: IssueTemplateKind.Form } && fieldValues.Count == 0
            ? choice.Reason + "; its fields have no ids, so the URL cannot prefill them: paste the body into the form"
            : choice.Reason;
        return new IssueDraft(title, body, labels, assignees, template, reason, fieldValues, url, shortened);
    }

    private static string TitleFor(IssueTemplate? template, MissingDocumentation missing)
    {
        var subject = $"Missing documentation for `{missing.QualifiedName}`";
        var prefix = template?.Title ?? "";
        return prefix.Length == 0 ? subject : prefix.EndsWith(' ') ? prefix + subject : $"{prefix} {subject}";
    }

    private static IReadOnlyList<string> LabelsFor(IssueTemplate? template, LabelVocabulary? vocabulary)
    {
        var labels = template?.Labels.ToList() ?? [];
        var documentationLabels = vocabulary?.Documentation ?? [];
        if (documentationLabels.Count > 0 && !labels.Any(documentationLabels.Contains))
        {
            labels.Add(documentationLabels[0]);
        }
        return labels;
    }

    private static string Description(MissingDocumentation missing)
    {
        var text = new StringBuilder($"The documentation of `{missing.FullName}` is incomplete:\n\n");
        foreach (var problem in missing.Problems)
        {
            text.Append("- ").Append(problem).Append('\n');
        }
        return text.Append($"\nCode: {missing.Permalink.AbsoluteUri}\n").ToString();
    }

    private static string FillMarkdown(string templateBody, string description)
    {
        if (templateBody.Trim().Length == 0)
        {
            return description;
        }
        if (MarkdownSections.InsertionPoint(templateBody) is not { } at)
        {
            return description + "\n" + templateBody;
        }
        var before = templateBody[..at];
        return (before + (before.EndsWith('\n') ? "" : "\n") + "\n" + description + "\n" + templateBody[at..].TrimStart('\n')).TrimStart('\n');
    }

    /// <summary>The body GitHub writes when a form is submitted: each field's label as a heading, then its value.</summary>
    private static string FormSubmission(IssueTemplate form, Dictionary<FormField, string> values)
    {
        var body = new StringBuilder();
        foreach (var field in form.Fields.Where(f => f.Type != "markdown"))
        {
            body.Append("### ").Append(field.Label).Append("\n\n");
            if (field.Type == "checkboxes")
            {
                foreach (var option in field.Options)
                {
                    body.Append("- [ ] ").Append(option).Append('\n');
                }
                body.Append('\n');
                continue;
            }
            var value = values.TryGetValue(field, out var filled) ? filled.TrimEnd('\n') : "_No response_";
            body.Append(value).Append("\n\n");
        }
        return body.ToString().TrimEnd('\n') + "\n";
    }
}
