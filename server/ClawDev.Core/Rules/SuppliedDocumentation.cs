using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>
/// Documentation a definition gets other than from its own docstring — the repository's convention, counted as
/// documentation in the contribution profile: Hugging Face's docstring decorators (<c>@add_start_docstrings(X)</c>,
/// <c>@add_start_docstrings_to_model_forward(X)</c>, <c>@add_end_docstrings</c>, <c>@replace_example_docstring</c>,
/// <c>@add_code_sample_docstrings</c>, <c>@auto_docstring</c>), <c>@functools.wraps(f)</c>, and a module-level or class-body
/// <c>f.__doc__ = …</c>. The parameters it documents are the entries of the docstring constants passed to the
/// decorators, when they are string constants of the same module; otherwise they are unknown, and every parameter
/// counts as documented (a finding the decorator's text might answer is not one to make).
/// </summary>
/// <param name="ParameterNames">The parameter names the supplied text documents, or null when unknown (all).</param>
internal sealed record SuppliedDocumentation(IReadOnlySet<string>? ParameterNames)
{
    private static readonly string[] DocumentingDecorators =
    [
        "add_start_docstrings", "add_start_docstrings_to_model_forward", "add_end_docstrings", "replace_example_docstring",
        "add_code_sample_docstrings", "replace_return_docstrings", "auto_docstring", "wraps",
    ];

    /// <summary>What <paramref name="definition"/>'s decorators and <c>__doc__</c> assignments supply, or null for nothing.</summary>
    public static SuppliedDocumentation? Of(Definition definition, PythonModule module, DocstringStyle style)
    {
        if (module.DocAssignments.Contains(definition.QualifiedName))
        {
            return new SuppliedDocumentation(ParameterNames: null);
        }
        HashSet<string>? names = null;
        var supplied = false;
        foreach (var decorator in definition.Decorators)
        {
            var name = decorator.Name[(decorator.Name.LastIndexOf('.') + 1)..];
            if (Array.IndexOf(DocumentingDecorators, name) < 0)
            {
                continue;
            }
            supplied = true;
            if (name is "auto_docstring" or "wraps" || !TryAddDocumentedNames(decorator.Arguments, module, style, names ??= new HashSet<string>(StringComparer.Ordinal)))
            {
                return new SuppliedDocumentation(ParameterNames: null);
            }
        }
        return supplied ? new SuppliedDocumentation(names ?? []) : null;
    }

    /// <summary>Adds the parameter entries of each argument: a string literal, or a module constant (also with
    /// <c>.format(…)</c>). False when an argument's text cannot be known.</summary>
    private static bool TryAddDocumentedNames(string? arguments, PythonModule module, DocstringStyle style, HashSet<string> names)
    {
        foreach (var written in SplitArguments(arguments ?? ""))
        {
            var argument = KeywordValue(written);
            ParsedDocstring parsed;
            if (LiteralContent(argument) is { } content)
            {
                parsed = DocstringParser.Parse(content, 0, style);
            }
            else if (ConstantName(argument) is { } constant && module.StringConstants.TryGetValue(constant, out var docstring))
            {
                parsed = DocstringParser.Parse(module.Text, docstring, style);
            }
            else
            {
                return false;
            }
            names.UnionWith(parsed.DocumentedParameterNames);
        }
        return true;
    }

    /// <summary>"X" for "docstring=X"; the argument itself when it is positional.</summary>
    private static string KeywordValue(string argument)
    {
        var equals = argument.IndexOf('=');
        return equals > 0 && argument[..equals].Trim() is var name && name.All(c => char.IsLetterOrDigit(c) || c == '_')
            ? argument[(equals + 1)..].Trim()
            : argument;
    }

    /// <summary>The text between the quotes of a string literal argument (any prefix, single or triple quotes), or null.</summary>
    private static string? LiteralContent(string argument)
    {
        var prefix = 0;
        while (prefix < argument.Length && prefix < 2 && char.IsAsciiLetter(argument[prefix]))
        {
            prefix++;
        }
        var body = argument[prefix..];
        foreach (var quote in new[] { "\"\"\"", "'''", "\"", "'" })
        {
            if (body.Length >= 2 * quote.Length && body.StartsWith(quote, StringComparison.Ordinal) && body.EndsWith(quote, StringComparison.Ordinal))
            {
                return body[quote.Length..^quote.Length];
            }
        }
        return null;
    }

    /// <summary>"X" for "X" and "X.format(...)"; null for anything else.</summary>
    private static string? ConstantName(string argument)
    {
        var end = 0;
        while (end < argument.Length && (char.IsLetterOrDigit(argument[end]) || argument[end] == '_'))
        {
            end++;
        }
        var rest = argument[end..].TrimStart();
        return end > 0 && (rest.Length == 0 || rest.StartsWith(".format(", StringComparison.Ordinal)) ? argument[..end] : null;
    }

    /// <summary>The top-level comma-separated arguments of a decorator call, trimmed.</summary>
    private static IEnumerable<string> SplitArguments(string arguments)
    {
        var depth = 0;
        var start = 0;
        char quote = '\0';
        for (var i = 0; i < arguments.Length; i++)
        {
            var c = arguments[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
                continue;
            }
            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return arguments[start..i].Trim();
                    start = i + 1;
                    break;
            }
        }
        if (arguments[start..].Trim() is { Length: > 0 } last)
        {
            yield return last;
        }
    }
}
