using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Grounding;

/// <summary>
/// Attribute docstrings: the string literal right after a field in a class body (<c>top_logprobs: Optional[int] =
/// None</c> then <c>"""An integer between 0 and 5 ..."""</c>), as dataclasses, TypedDicts, pydantic models and
/// generated API types document their fields (Sphinx autodoc and mkdocstrings render them). A field of a class is
/// the parameter of the same name wherever it is passed on or taken from: huggingface_hub's
/// <c>InferenceClient.chat_completion</c> arguments are the fields of its generated <c>ChatCompletionInput</c>.
/// Read from the text around each triple quote that starts a line (few per file, so drafting stays fast): the line
/// before must declare one name at the class's own body level; a declaration spanning lines is not read.
/// </summary>
internal static class AttributeDocstrings
{
    private const int MaxLiteralLength = 2000;

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal) { "else", "try", "finally", "pass", "return", "break", "continue" };

    /// <summary>Every attribute docstring of the module's classes.</summary>
    public static List<HelpRecord> In(PythonModule module)
    {
        var records = new List<HelpRecord>();
        var classes = module.AllDefinitions().Where(static d => d.IsClass && d.HeaderColonOffset >= 0).ToList();
        if (classes.Count == 0)
        {
            return records;
        }
        var text = module.Text;
        var at = 0;
        while (NextTripleQuote(text, at) is var (open, quote) && open >= 0)
        {
            // Quotes pair up from the file's start: a literal is skipped whole, however long, so its closing quote is never taken for an opening one.
            var close = text.IndexOf(quote, open + 3, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }
            at = close + 3;
            var end = FirstParagraphEnd(text, open + 3, close);
            if (end - open <= MaxLiteralLength && Field(module, classes, open) is var (name, nameOffset, owner, raw)
                && GroundedText.Reusable(Cleaned(text, open + 3, end), raw, keepDefault: true) is { } description)
            {
                records.Add(new HelpRecord(name, description, owner.QualifiedName, module.Lines.LineOf(nameOffset) + 1, HelpKind.AttributeDocstring));
            }
        }
        return records;
    }

    /// <summary>
    /// Where the literal's first paragraph ends: at the first blank line after some text, else at the closing quote.
    /// The first paragraph says what the field is; the ones after explain and show it (pydantic's <c>ConfigDict</c>
    /// fields go on with examples in code blocks), which an entry in an argument list does not.
    /// </summary>
    private static int FirstParagraphEnd(string text, int start, int close)
    {
        var sawText = false;
        var lineStart = start;
        while (lineStart < close)
        {
            var lineEnd = text.IndexOf('\n', lineStart, close - lineStart);
            var end = lineEnd < 0 ? close : lineEnd;
            if (text.AsSpan(lineStart, end - lineStart).IsWhiteSpace())
            {
                if (sawText)
                {
                    return lineStart;
                }
            }
            else
            {
                sawText = true;
            }
            lineStart = end + 1;
        }
        return close;
    }

    private static (int Offset, string Quote) NextTripleQuote(string text, int from)
    {
        var doubled = text.IndexOf("\"\"\"", from, StringComparison.Ordinal);
        var single = text.IndexOf("'''", from, StringComparison.Ordinal);
        return doubled >= 0 && (single < 0 || doubled < single) ? (doubled, "\"\"\"") : (single, "'''");
    }

    /// <summary>
    /// The field a literal opening at <paramref name="open"/> documents: the literal starts its line (an r prefix
    /// allowed), and the line before, at the same indentation — the body level of the innermost class around it —
    /// declares one name (<c>name: T = v</c>, <c>name: T</c>, <c>name = v</c>).
    /// </summary>
    private static (string Name, int Offset, Definition Owner, bool Raw)? Field(PythonModule module, List<Definition> classes, int open)
    {
        var text = module.Text;
        var raw = open > 0 && text[open - 1] is 'r' or 'R';
        var lineStart = text.LastIndexOf('\n', Math.Max(open - 1, 0)) + 1;
        var indentation = text[lineStart..(raw ? open - 1 : open)];
        if (lineStart < 2 || indentation.Length == 0 || indentation.Any(static c => c is not (' ' or '\t')))
        {
            return null;
        }
        var previousEnd = lineStart - 1;
        var previousStart = text.LastIndexOf('\n', previousEnd - 1) + 1;
        var previous = text[previousStart..previousEnd].TrimEnd('\r');
        if (!previous.StartsWith(indentation, StringComparison.Ordinal) || DeclaredName(previous, indentation.Length) is not { } name || Keywords.Contains(name))
        {
            return null;
        }
        var nameOffset = previousStart + indentation.Length;
        var owner = classes.LastOrDefault(c => c.HeaderColonOffset < nameOffset && nameOffset < c.Span.End);
        return owner is not null && owner.BodyIndentation == indentation ? (name, nameOffset, owner, raw) : null;
    }

    /// <summary>
    /// The name a line declares from <paramref name="start"/> on: one identifier, then the line's end, an annotation
    /// (<c>: T</c>) or a value (<c>= v</c>); null for anything else (a call, a statement). Read by hand: it runs for
    /// every docstring while a workspace is indexed.
    /// </summary>
    private static string? DeclaredName(string line, int start)
    {
        var end = start;
        while (end < line.Length && (char.IsLetterOrDigit(line[end]) || line[end] == '_'))
        {
            end++;
        }
        if (end == start || char.IsDigit(line[start]))
        {
            return null;
        }
        var next = end;
        while (next < line.Length && line[next] is ' ' or '\t')
        {
            next++;
        }
        return next == line.Length || line[next] == ':' || (line[next] == '=' && (next + 1 == line.Length || line[next + 1] != '=')) ? line[start..end] : null;
    }

    /// <summary>The literal's text as <c>inspect.cleandoc</c> reads it: the docstring reader's normalisation (the
    /// lines after the first without their common indentation, trailing white space removed), trimmed.</summary>
    private static string Cleaned(string text, int start, int end) =>
        new DocSource(text, start, end, 0).Normalize(new TextSpan(start, end)).Trim();
}
