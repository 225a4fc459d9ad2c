using System.Text.RegularExpressions;
using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>
/// What a definition's own code says is on its way out. In the contribution profile a gap there is not one a
/// maintainer welcomes a fix for: documenting what the next release removes.
/// <list type="bullet">
/// <item>The whole definition: a decorator named for deprecation that names no argument (<c>@deprecated(…)</c>,
/// huggingface_hub's <c>@_deprecate_method(…)</c>), or a deprecation warning its body gives unconditionally, at the
/// body's own level (<c>warnings.warn("…", FutureWarning)</c>, diffusers' <c>deprecate(…)</c>,
/// <c>logger.warning_once("… will be removed in 4.39")</c>).</item>
/// <item>Parameters: those a deprecation decorator names (huggingface_hub's <c>deprecated_args=[…]</c>, transformers'
/// <c>@deprecate_kwarg("old", …)</c>), and those named both by the <c>if</c> that guards a deprecation warning and by
/// the warning (<c>if tokenizer is not None: warnings.warn("The `tokenizer` argument … is deprecated …")</c>; the
/// replacement the message recommends is not in the condition), or by the <c>if</c> and a statement under it that files
/// them in a collection named for deprecation (accelerate's <c>deprecated_dl_args["split_batches"] = split_batches</c>,
/// warned of as a whole further down).</item>
/// <item>Its own docstring's <c>.. deprecated::</c> directive (Sphinx): the parameters its text marks up (attrs'
/// <c>.. deprecated:: 19.2.0 *cmp* …</c>, sympy's <c>The ``numsamples`` parameter is deprecated</c>), else the whole
/// definition when the directive opens the docstring or follows its summary (IPython's <c>.. deprecated:: 8.6 You
/// can use :meth:`magic_matcher` instead.</c>), unless it speaks of one way of using it (sympy's <c>Using arguments
/// that aren't subclasses of Expr … is deprecated</c>); further down it speaks of one use (Permutation printing).</item>
/// </list>
/// Read from the text, and only for definitions that have findings: most have none.
/// </summary>
/// <param name="Whole">Why the whole definition is deprecated ("it warns that it is deprecated (line 626)"), or null.</param>
/// <param name="Parameters">The parameters that are deprecated, each with the line that says so.</param>
public sealed record Deprecation(string? Whole, IReadOnlyDictionary<string, int> Parameters)
{
    public static Deprecation None { get; } = new(null, new Dictionary<string, int>());

    public bool IsEmpty => Whole is null && Parameters.Count == 0;

    // A statement longer than this is not read further: a warning's arguments fit in far less.
    private const int MaxStatementLength = 4000;

    private static readonly string[] WarningCalls =
    [
        "warnings.warn(", "warn(", "deprecate(", "logger.warning(", "logger.warning_once(", "logger.warn(",
        "logging.warning(", "logging.warn(",
    ];

    /// <summary>What <paramref name="definition"/>'s decorators and body say; <paramref name="parameters"/> are the
    /// names it may say are deprecated.</summary>
    internal static Deprecation Of(Definition definition, PythonModule module, IReadOnlyCollection<string> parameters)
    {
        string? whole = null;
        var deprecated = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var decorator in definition.Decorators)
        {
            var name = decorator.Name[(decorator.Name.LastIndexOf('.') + 1)..];
            if (!name.Contains("deprecat", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var line = module.Lines.LineOf(decorator.Span.Start) + 1;
            var named = NamedByDecorator(decorator.Arguments ?? "", parameters);
            if (named.Count > 0)
            {
                foreach (var parameter in named)
                {
                    deprecated.TryAdd(parameter, line);
                }
            }
            else if (!name.Contains("arg", StringComparison.OrdinalIgnoreCase) && !name.Contains("param", StringComparison.OrdinalIgnoreCase))
            {
                whole ??= $"it is decorated @{decorator.Name} (line {line})";
            }
        }
        foreach (var warning in Warnings(definition, module))
        {
            if (warning.Guard is null)
            {
                whole ??= $"it warns that it is deprecated (line {warning.Line})";
                continue;
            }
            foreach (var parameter in parameters)
            {
                if (NamesWord(warning.Guard, parameter, ValueComparison) && NamesWord(warning.Text, parameter, ValueAssignment))
                {
                    deprecated.TryAdd(parameter, warning.Line);
                }
            }
        }
        if (definition.Docstring is { } docstring && DeprecatedDirective(docstring) is var (text, offset, opening))
        {
            var line = module.Lines.LineOf(offset) + 1;
            var named = parameters.Where(parameter => Regex.IsMatch(text, $@"[*`]{Regex.Escape(parameter)}[*`]", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))).ToList();
            foreach (var parameter in named)
            {
                deprecated.TryAdd(parameter, line);
            }
            if (named.Count == 0 && opening && !SpeaksOfOneUse(text))
            {
                whole ??= $"its docstring says it is deprecated (line {line})";
            }
        }
        return whole is null && deprecated.Count == 0 ? None : new Deprecation(whole, deprecated);
    }

    /// <summary>The text of the docstring's first <c>.. deprecated::</c> directive (its line and the lines indented
    /// below it), where it starts, and whether it opens the docstring (no more than the summary before it); null
    /// without one.</summary>
    private static (string Text, int Offset, bool Opening)? DeprecatedDirective(Docstring docstring)
    {
        var content = docstring.SourceText.AsSpan(docstring.ContentSpan.Start, docstring.ContentSpan.Length);
        var at = content.IndexOf(".. deprecated::", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var indent = at - (content[..at].LastIndexOf('\n') + 1);
        var text = new System.Text.StringBuilder();
        var rest = content[(at + ".. deprecated::".Length)..];
        var first = true;
        foreach (var range in rest.Split('\n'))
        {
            var line = rest[range];
            if (!first && !Docstrings.DirectiveBlock.Continues(line, indent))
            {
                break;
            }
            text.Append(line.Trim()).Append(' ');
            first = false;
        }
        return (text.ToString(), docstring.ContentSpan.Start + at, Paragraphs(content[..at]) <= 1);
    }

    /// <summary>Whether the directive's explanation, after its version, opens with a gerund ("Using …", "Passing a set
    /// …", "Combining …"): a way of using the definition is deprecated, not the definition.</summary>
    private static bool SpeaksOfOneUse(string directiveText)
    {
        var words = directiveText.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words[1].Length > 4 && words[1].EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>How many paragraphs (text between blank lines) a stretch of a docstring holds.</summary>
    private static int Paragraphs(ReadOnlySpan<char> text)
    {
        var paragraphs = 0;
        var inParagraph = false;
        foreach (var range in text.Split('\n'))
        {
            var blank = text[range].Trim().Length == 0;
            paragraphs += !blank && !inParagraph ? 1 : 0;
            inParagraph = !blank;
        }
        return paragraphs;
    }

    /// <summary>This deprecation with <paramref name="other"/>'s: a class's with its constructor's, a method's with its class's.</summary>
    internal Deprecation With(Deprecation other)
    {
        if (other.IsEmpty)
        {
            return this;
        }
        if (IsEmpty)
        {
            return other;
        }
        var parameters = new Dictionary<string, int>(Parameters, StringComparer.Ordinal);
        foreach (var (name, line) in other.Parameters)
        {
            parameters.TryAdd(name, line);
        }
        return new Deprecation(Whole ?? other.Whole, parameters);
    }

    /// <summary>"deprecated_args=["a", "b"]" names a and b; otherwise the first argument, when it is a string naming a
    /// parameter (<c>deprecate_kwarg("old_name", new_name=…)</c>).</summary>
    private static List<string> NamedByDecorator(string arguments, IReadOnlyCollection<string> parameters)
    {
        var listed = arguments.IndexOf("deprecated_args", StringComparison.Ordinal);
        var text = listed >= 0 ? arguments[listed..] : FirstArgument(arguments);
        var named = new List<string>();
        foreach (var parameter in parameters)
        {
            if (text.Contains($"\"{parameter}\"", StringComparison.Ordinal) || text.Contains($"'{parameter}'", StringComparison.Ordinal))
            {
                named.Add(parameter);
            }
        }
        return named;
    }

    private static string FirstArgument(string arguments)
    {
        var comma = arguments.IndexOf(',');
        var first = (comma < 0 ? arguments : arguments[..comma]).Trim();
        return first.Contains('=') ? "" : first;
    }

    /// <summary>A deprecation the body states — a warning, or a statement filing an argument among the deprecated
    /// ones: its text, its line (1-based), and the condition of the <c>if</c> that guards it (null when the body's own
    /// level gives it).</summary>
    private readonly record struct Warning(string Text, int Line, string? Guard);

    private static IEnumerable<Warning> Warnings(Definition definition, PythonModule module)
    {
        if (definition.HeaderColonOffset < 0)
        {
            yield break;
        }
        var text = module.Text;
        var bodyStart = definition.HeaderColonOffset + 1;
        // Every warning call names "warn" or "deprecat(e)": most bodies have neither and are not read line by line.
        var body = text.AsSpan(bodyStart, Math.Max(0, definition.Span.End - bodyStart));
        if (!body.Contains("warn", StringComparison.Ordinal) && !body.Contains("deprecat", StringComparison.Ordinal))
        {
            yield break;
        }
        var lines = module.Lines;
        var first = lines.LineOf(definition.HeaderColonOffset) + 1;
        var last = lines.LineOf(Math.Max(definition.Span.Start, definition.Span.End - 1));
        var child = 0;
        for (var line = first; line <= last; line++)
        {
            var start = lines.LineStart(line);
            // Nested definitions speak for themselves: their lines are skipped whole, in one step each.
            while (child < definition.Children.Count && definition.Children[child].Span.End <= start)
            {
                child++;
            }
            if (child < definition.Children.Count && definition.Children[child].Span.Contains(start))
            {
                line = lines.LineOf(Math.Max(start, definition.Children[child].Span.End - 1));
                continue;
            }
            if (definition.Docstring is { } docstring && docstring.Span.Contains(start))
            {
                continue;
            }
            var end = line + 1 < lines.LineCount ? lines.LineStart(line + 1) : text.Length;
            var content = text.AsSpan(start, end - start);
            var trimmed = content.TrimStart();
            var indent = content.Length - trimmed.Length;
            if (!StartsWithWarningCall(trimmed, out var call))
            {
                // accelerate's `if split_batches is not _split_batches: deprecated_dl_args["split_batches"] = …`, warned
                // of together further down: a guarded statement that files the argument among the deprecated ones.
                if (indent > definition.BodyIndentation.Length && FilesAsDeprecated(trimmed) && Guard(text, lines, line, indent, first) is { } guard)
                {
                    yield return new Warning(trimmed.TrimEnd().ToString(), line + 1, guard);
                }
                continue;
            }
            var statement = Statement(text, start + indent, definition.Span.End);
            if (!IsDeprecation(statement, call))
            {
                continue;
            }
            yield return new Warning(statement, line + 1, indent <= definition.BodyIndentation.Length ? null : Guard(text, lines, line, indent, first) ?? "");
        }
    }

    private static bool StartsWithWarningCall(ReadOnlySpan<char> line, out string call)
    {
        foreach (var candidate in WarningCalls)
        {
            if (line.StartsWith(candidate, StringComparison.Ordinal))
            {
                call = candidate;
                return true;
            }
        }
        call = "";
        return false;
    }

    /// <summary>Whether a statement puts something into a collection named for deprecation: <c>deprecated_args["x"] = x</c>,
    /// <c>deprecated.append("x")</c>, <c>self._deprecated_kwargs.add("x")</c>.</summary>
    private static bool FilesAsDeprecated(ReadOnlySpan<char> statement)
    {
        var length = 0;
        while (length < statement.Length && (ParameterMentions.IsIdentifierChar(statement[length]) || statement[length] == '.'))
        {
            length++;
        }
        var collection = statement[..length];
        var filed = statement[length..].StartsWith('[');
        if (collection.EndsWith(".append", StringComparison.Ordinal) || collection.EndsWith(".add", StringComparison.Ordinal))
        {
            collection = collection[..collection.LastIndexOf('.')];
            filed = statement[length..].StartsWith('(');
        }
        return filed && collection[(collection.LastIndexOf('.') + 1)..].Contains("deprecat", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A warning about deprecation: diffusers' deprecate() always, any other when its arguments say so.</summary>
    private static bool IsDeprecation(string statement, string call) =>
        call == "deprecate("
        || statement.Contains("DeprecationWarning", StringComparison.Ordinal)
        || statement.Contains("FutureWarning", StringComparison.Ordinal)
        || statement.Contains("deprecat", StringComparison.OrdinalIgnoreCase)
        // "Temporary files will be removed" is no deprecation; "will be removed in 4.39" is.
        || statement.Contains("will be removed in", StringComparison.OrdinalIgnoreCase);

    /// <summary>The call from <paramref name="start"/> to its closing parenthesis (or a bounded length).</summary>
    private static string Statement(string text, int start, int limit)
    {
        var end = Math.Min(Math.Min(limit, text.Length), start + MaxStatementLength);
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')' && --depth == 0)
            {
                return text[start..(i + 1)];
            }
        }
        return text[start..end];
    }

    /// <summary>The condition of the <c>if</c>/<c>elif</c> the nearest less indented line opens above
    /// <paramref name="line"/>, or null when that line is another statement.</summary>
    private static string? Guard(string text, LineIndex lines, int line, int indent, int firstBodyLine)
    {
        for (var above = line - 1; above >= firstBodyLine; above--)
        {
            var start = lines.LineStart(above);
            var end = lines.LineStart(above + 1);
            var content = text.AsSpan(start, end - start);
            var trimmed = content.TrimStart();
            if (trimmed.IsWhiteSpace() || trimmed[0] == '#' || content.Length - trimmed.Length >= indent)
            {
                continue;
            }
            return trimmed.StartsWith("if ", StringComparison.Ordinal) || trimmed.StartsWith("elif ", StringComparison.Ordinal)
                ? trimmed.TrimEnd().ToString()
                : null;
        }
        return null;
    }

    /// <summary>
    /// Whether <paramref name="name"/> stands in <paramref name="text"/> as a whole identifier, other than where
    /// <paramref name="aboutAValue"/> says the text is about one of its values: <c>if mode == "keep_end":</c> guards a
    /// deprecated value, and "Use `mode='keep_start'` instead." recommends one; the parameter itself stays.
    /// </summary>
    private static bool NamesWord(string text, string name, Func<string, int, bool> aboutAValue)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !ParameterMentions.IsIdentifierChar(text[at - 1])) && (end == text.Length || !ParameterMentions.IsIdentifierChar(text[end])) && !aboutAValue(text, end))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The name is compared with a value: <c>x == …</c>, <c>x != …</c>, <c>x in …</c>.</summary>
    private static bool ValueComparison(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        return rest.StartsWith("==", StringComparison.Ordinal) || rest.StartsWith("!=", StringComparison.Ordinal) || rest.StartsWith("in ", StringComparison.Ordinal);
    }

    /// <summary>The name is given a value: <c>x='keep_start'</c> (a keyword argument the message recommends).</summary>
    private static bool ValueAssignment(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        return rest.StartsWith('=') && !rest.StartsWith("==", StringComparison.Ordinal);
    }
}
