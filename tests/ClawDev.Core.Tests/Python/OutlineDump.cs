using System.Text;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Python;

/// <summary>A compact, diff-friendly text rendering of a parsed module, for snapshots. Positions are 1-based line:column.</summary>
internal static class OutlineDump
{
    public static string Render(PythonModule module)
    {
        var text = new StringBuilder();
        text.Append("module docstring: ").Append(Describe(module, module.Docstring)).Append('\n');
        text.Append("module pydocstyle-skip: ").Append(Quote(module.PydocstyleSkip)).Append('\n');
        if (module.All is { } all)
        {
            var pydocstyle = all.PydocstyleNames is null ? "none"
                : (all.PydocstyleNamesIsString ? "string " : "") + "[" + string.Join(", ", all.PydocstyleNames) + "]";
            text.Append($"__all__: [{string.Join(", ", all.Names)}] {(all.IsStatic ? "static" : "not static")}; pydocstyle: {pydocstyle}\n");
        }
        foreach (var noqa in module.Noqa.Values.OrderBy(n => n.Line))
        {
            text.Append($"noqa line {noqa.Line + 1}: {(noqa.SuppressesAll ? "all" : string.Join(",", noqa.Codes))}\n");
        }
        foreach (var problem in module.Problems)
        {
            text.Append($"problem {Range(module, problem.Span)}: {problem.Message}\n");
        }
        foreach (var definition in module.Definitions)
        {
            Render(module, definition, text, depth: 0);
        }
        return text.ToString();
    }

    /// <summary>One definition and everything nested in it.</summary>
    public static string Render(PythonModule module, Definition definition)
    {
        var text = new StringBuilder();
        Render(module, definition, text, depth: 0);
        return text.ToString();
    }

    private static void Render(PythonModule module, Definition definition, StringBuilder text, int depth)
    {
        var indent = new string(' ', depth * 2);
        var detail = indent + "    ";
        text.Append(indent).Append(Header(definition)).Append('\n');
        text.Append(detail)
            .Append($"{definition.QualifiedName} keyword {Position(module, definition.KeywordOffset)} name {Range(module, definition.NameSpan)}")
            .Append($" colon {(definition.HeaderColonOffset < 0 ? "none" : Position(module, definition.HeaderColonOffset))}")
            .Append($" span {Range(module, definition.Span)}\n");
        text.Append(detail).Append($"indentation {Quote(definition.Indentation)} body {Quote(definition.BodyIndentation)}");
        text.Append(definition.IsOneLiner ? " one-liner" : "").Append('\n');
        foreach (var decorator in definition.Decorators)
        {
            text.Append(detail).Append($"decorator {Quote(decorator.Name)}")
                .Append(decorator.Arguments is null ? "" : $" arguments {Quote(decorator.Arguments)}")
                .Append($" {Range(module, decorator.Span)}\n");
        }
        text.Append(detail).Append("docstring: ").Append(Describe(module, definition.Docstring)).Append('\n');
        var facts = new List<string>();
        if (definition.RaisedExceptions.Count > 0)
        {
            facts.Add("raises " + string.Join(", ", definition.RaisedExceptions));
        }
        if (definition.Yields)
        {
            facts.Add("yields");
        }
        if (definition.ReturnsValue)
        {
            facts.Add("returns a value");
        }
        if (definition.PydocstyleSkip.Length > 0)
        {
            facts.Add("pydocstyle-skip " + Quote(definition.PydocstyleSkip));
        }
        if (facts.Count > 0)
        {
            text.Append(detail).Append(string.Join("; ", facts)).Append('\n');
        }
        foreach (var child in definition.Children)
        {
            Render(module, child, text, depth + 1);
        }
    }

    /// <summary>A Python-like header: markers '/' and '*' are re-derived from the parameter kinds.</summary>
    public static string Header(Definition definition)
    {
        var header = new StringBuilder();
        header.Append(definition.IsAsync ? "async " : "").Append(definition.IsClass ? "class " : "def ").Append(definition.Name);
        if (definition.TypeParameters.Count > 0)
        {
            header.Append('[').AppendJoin(", ", definition.TypeParameters).Append(']');
        }
        if (definition.IsClass)
        {
            if (definition.Bases.Count > 0)
            {
                header.Append('(').AppendJoin(", ", definition.Bases).Append(')');
            }
            return header.ToString();
        }
        header.Append('(').AppendJoin(", ", Parameters(definition.Parameters)).Append(')');
        if (definition.ReturnAnnotation is { } returns)
        {
            header.Append(" -> ").Append(returns);
        }
        return header.ToString();
    }

    private static IEnumerable<string> Parameters(IReadOnlyList<Parameter> parameters)
    {
        var starred = false;
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (parameter.Kind == ParameterKind.KeywordOnly && !starred)
            {
                yield return "*";
            }
            starred |= parameter.Kind is ParameterKind.VarPositional or ParameterKind.KeywordOnly;
            var stars = parameter.Kind switch { ParameterKind.VarPositional => "*", ParameterKind.VarKeyword => "**", _ => "" };
            var annotation = parameter.Annotation is null ? "" : ": " + parameter.Annotation;
            var value = parameter.Default is null ? "" : (parameter.Annotation is null ? "=" : " = ") + parameter.Default;
            yield return stars + parameter.Name + annotation + value;
            var positionalOnlyEnds = parameter.Kind == ParameterKind.PositionalOnly
                && (i + 1 == parameters.Count || parameters[i + 1].Kind != ParameterKind.PositionalOnly);
            if (positionalOnlyEnds)
            {
                yield return "/";
            }
        }
    }

    private static string Describe(PythonModule module, Docstring? docstring)
    {
        if (docstring is null)
        {
            return "none";
        }
        var firstLine = docstring.Value.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        return $"{Quote(Shorten(firstLine, 60))} prefix {Quote(docstring.Prefix)} quote {docstring.Quote} {Range(module, docstring.Span)}"
            + $" indentation {Quote(docstring.Indentation)}{(docstring.IsConcatenated ? " concatenated" : "")}";
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 3)] + "...";

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\t", "\\t").Replace("\f", "\\f").Replace("\r", "\\r").Replace("\n", "\\n") + "\"";

    private static string Position(PythonModule module, int offset)
    {
        var (line, character) = module.Lines.PositionOf(offset);
        return $"{line + 1}:{character + 1}";
    }

    private static string Range(PythonModule module, TextSpan span) => $"{Position(module, span.Start)}-{Position(module, span.End)}";
}
