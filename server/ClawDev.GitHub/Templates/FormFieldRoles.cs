namespace ClawDev.GitHub.Templates;

/// <summary>What ClawDev puts in a text field of an issue form, judged by the words of its id and label.</summary>
internal enum FormFieldRole
{
    Description,
    Permalink,
    Symbol,
}

internal static class FormFieldRoles
{
    private static readonly (FormFieldRole Role, string[] Words)[] Table =
    [
        (FormFieldRole.Permalink, ["link", "links", "url", "urls", "location", "where", "page", "permalink", "file"]),
        (FormFieldRole.Symbol, ["symbol", "api", "function", "method", "class", "object"]),
        (FormFieldRole.Description, ["description", "describe", "what", "problem", "issue", "details", "summary", "explanation",
            "doc", "docs", "documentation", "request", "feature", "motivation", "content", "improvement", "change", "proposal"]),
    ];

    /// <summary>
    /// Each role's field: the first text field whose words name the role; the description goes to the first
    /// remaining textarea when no field names it.
    /// </summary>
    public static IReadOnlyDictionary<FormFieldRole, FormField> Assign(IReadOnlyList<FormField> fields)
    {
        var assigned = new Dictionary<FormFieldRole, FormField>();
        var textFields = fields.Where(f => f.AcceptsText).ToList();
        foreach (var (role, words) in Table)
        {
            var field = textFields.FirstOrDefault(f => !assigned.ContainsValue(f) && WordsOf(f).Any(words.Contains));
            if (field is not null)
            {
                assigned[role] = field;
            }
        }
        if (!assigned.ContainsKey(FormFieldRole.Description)
            && textFields.FirstOrDefault(f => f.Type == "textarea" && !assigned.ContainsValue(f)) is { } anyTextarea)
        {
            assigned[FormFieldRole.Description] = anyTextarea;
        }
        return assigned;
    }

    private static IEnumerable<string> WordsOf(FormField field) =>
        $"{field.Id} {field.Label}".ToLowerInvariant().Split((char[])[' ', '-', '_', ':', '/', '?', '(', ')', '.'], StringSplitOptions.RemoveEmptyEntries);
}
