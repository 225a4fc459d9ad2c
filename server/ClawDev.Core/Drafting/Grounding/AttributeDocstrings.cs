using System.Text.RegularExpressions;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Grounding;

/// <summary>
/// Attribute docstrings: the string literal right after a field in a class body (<c>top_logprobs: Optional[int] =
/// None</c> then <c>"""An integer between 0 and 5 ..."""</c>), as dataclasses, TypedDicts, pydantic models and
/// generated API types document their fields (Sphinx autodoc and mkdocstrings render them). A field of a class is
/// the parameter of the same name wherever it is passed on or taken from: huggingface_hub's
/// <c>InferenceClient.chat_completion</c> arguments are the fields of its generated <c>ChatCompletionInput</c>.
/// A text scan of the class's own body level, bounded; a field whose declaration spans lines is not read.
/// </summary>
internal static partial class AttributeDocstrings
{
    /// <summary>Every attribute docstring of the module's classes; a class whose body the pattern cannot read in time is left out.</summary>
    public static List<HelpRecord> In(PythonModule module)
    {
        var records = new List<HelpRecord>();
        var text = module.Text;
        foreach (var definition in module.AllDefinitions().Where(static d => d.IsClass && d.HeaderColonOffset >= 0))
        {
            try
            {
                AddFields(module, definition, text[definition.HeaderColonOffset..definition.Span.End], records);
            }
            catch (RegexMatchTimeoutException)
            {
                // Evidence is optional: a body too odd to scan quickly gives none.
            }
        }
        return records;
    }

    private static void AddFields(PythonModule module, Definition definition, string body, List<HelpRecord> records)
    {
        foreach (Match field in Field().Matches(body))
        {
            if (field.Groups["indent"].Value != definition.BodyIndentation)
            {
                continue;
            }
            var raw = field.Groups["prefix"].Length > 0;
            if (GroundedText.Reusable(Dedent(field.Groups["text"].Value), raw, keepDefault: true) is { } description)
            {
                var offset = definition.HeaderColonOffset + field.Groups["name"].Index;
                records.Add(new HelpRecord(field.Groups["name"].Value, description, definition.QualifiedName, module.Lines.LineOf(offset) + 1, HelpKind.AttributeDocstring));
            }
        }
    }

    /// <summary>The literal's text as <c>inspect.cleandoc</c> reads it: the first line trimmed, the others without their common indentation.</summary>
    private static string Dedent(string literal)
    {
        var lines = literal.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var indent = lines.Skip(1).Where(static l => l.Trim().Length > 0).Select(static l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", lines.Select((l, i) => i == 0 ? l.Trim() : l.Length >= indent ? l[indent..].TrimEnd() : l.Trim())).Trim();
    }

    /// <summary>A line <c>name: T = v</c> (or <c>name = v</c>) and, on the next line at the same indentation, a triple-quoted literal.</summary>
    [GeneratedRegex(@"^(?<indent>[ \t]+)(?<name>[A-Za-z_]\w*)[ \t]*(?::[^\n=]*)?(?:=[^\n]*)?\r?\n\k<indent>(?<prefix>[rR]?)(?<quote>""""""|''')(?<text>(?:(?!\k<quote>)[\s\S]){0,2000})\k<quote>", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Field();
}
