using ClawDev.Core.Drafting.Signature;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Grounding;

/// <summary>Where a help text stands.</summary>
public enum HelpKind
{
    /// <summary>A dataclass field's <c>field(metadata={"help": …})</c>, which <c>HfArgumentParser</c> shows for the argument.</summary>
    FieldMetadata,

    /// <summary>typer's <c>Option(help=…)</c> / <c>Argument(help=…)</c>, as a parameter's default or in its <c>Annotated</c> annotation.</summary>
    TyperOption,

    /// <summary>click's <c>@click.option("--name", help=…)</c> above a command.</summary>
    ClickOption,

    /// <summary>argparse's <c>add_argument("--name", help=…)</c>.</summary>
    ArgparseArgument,

    /// <summary>The docstring of a class's field (<see cref="AttributeDocstrings"/>).</summary>
    AttributeDocstring,

    /// <summary>An entry of a class docstring's attributes section (Google's "Attributes:", NumPy's "Attributes", Sphinx's ":ivar x:").</summary>
    AttributeEntry,

    /// <summary>The docstring of a class's property, what the constructor parameter of the same name sets.</summary>
    PropertyDocstring,
}

/// <summary>A help text for a parameter name: the text, the definition it belongs to ("" for module level) and its 1-based line.</summary>
internal sealed record HelpRecord(string Name, string Text, string Symbol, int Line, HelpKind Kind);

/// <summary>
/// The help texts a module already has for command-line and configuration parameters: a dataclass field's metadata
/// help, typer and click options, argparse arguments, a class field's docstring. For a configuration dataclass the field's help is often the
/// very sentence its docstring entry says. Read from tokens; a help that is not a plain string (an f-string,
/// <c>argparse.SUPPRESS</c>) or that formats itself (<c>%(default)s</c>) is not taken.
/// </summary>
internal static partial class HelpTexts
{
    private const int MaxCallLength = 4000;
    private const string ArgparseCall = "add_argument(";

    /// <summary>The help a parameter's own declaration carries, or null.</summary>
    public static (string Text, HelpKind Kind)? Of(Parameter parameter)
    {
        if (parameter.Default is { } written && written.Contains("help", StringComparison.Ordinal) && DeclaredDefault.Declaration(written) is { } call)
        {
            var isField = call.SimpleCallee == "field";
            if ((isField ? call.DictionaryString("metadata", "help") : call.KeywordString("help")) is { } help && Usable(help) is { } text)
            {
                return (text, isField ? HelpKind.FieldMetadata : HelpKind.TyperOption);
            }
        }
        if (parameter.Annotation is { } annotation && annotation.Contains("help", StringComparison.Ordinal))
        {
            foreach (var metadata in TypeExpression.AnnotatedMetadata(annotation))
            {
                if (DeclaredDefault.Declaration(metadata) is { SimpleCallee: "Option" or "Argument" } option && option.KeywordString("help") is { } help && Usable(help) is { } text)
                {
                    return (text, HelpKind.TyperOption);
                }
            }
        }
        return null;
    }

    /// <summary>Every help text of the module, in source order per kind.</summary>
    public static List<HelpRecord> In(PythonModule module)
    {
        var records = new List<HelpRecord>();
        var text = module.Text;
        foreach (var definition in module.AllDefinitions())
        {
            foreach (var parameter in definition.Parameters)
            {
                if (Of(parameter) is var (help, kind))
                {
                    records.Add(new HelpRecord(parameter.Name, help, definition.QualifiedName, module.Lines.LineOf(parameter.NameSpan.Start) + 1, kind));
                }
            }
            foreach (var decorator in definition.Decorators)
            {
                if (decorator.Arguments is { } arguments && arguments.Contains("help", StringComparison.Ordinal)
                    && TypeExpression.LastSegment(decorator.Name) == "option"
                    && CallExpression.Parse($"{decorator.Name}({arguments})") is { } option
                    && option.KeywordString("help") is { } help && Usable(help) is { } usable
                    && ParameterName(option, explicitNameFirst: true) is { } name)
                {
                    records.Add(new HelpRecord(name, usable, definition.QualifiedName, module.Lines.LineOf(decorator.Span.Start) + 1, HelpKind.ClickOption));
                }
            }
        }
        for (var at = text.IndexOf(ArgparseCall, StringComparison.Ordinal); at >= 0; at = text.IndexOf(ArgparseCall, at + ArgparseCall.Length, StringComparison.Ordinal))
        {
            if (CallExpression.ParseAt(text, at, MaxCallLength) is { } argument
                && argument.KeywordString("help") is { } help && Usable(help) is { } usable
                && (argument.KeywordString("dest") ?? ParameterName(argument, explicitNameFirst: false)) is { } name)
            {
                records.Add(new HelpRecord(name, usable, Enclosing(module, at)?.QualifiedName ?? "", module.Lines.LineOf(at) + 1, HelpKind.ArgparseArgument));
            }
        }
        records.AddRange(AttributeDocstrings.In(module));
        return records;
    }

    /// <summary>
    /// The Python name an option's declarations give its value: click takes a name without dashes when there is
    /// one, argparse (and click otherwise) the first long option ("--max-length" → max_length), else the first name.
    /// </summary>
    private static string? ParameterName(CallExpression call, bool explicitNameFirst)
    {
        var declared = call.PositionalStrings().ToList();
        var plain = declared.FirstOrDefault(static d => d.Length > 0 && d[0] != '-');
        var chosen = (explicitNameFirst ? plain : null)
            ?? declared.FirstOrDefault(static d => d.StartsWith("--", StringComparison.Ordinal) && d.Length > 2)
            ?? plain
            ?? declared.FirstOrDefault();
        if (chosen is null)
        {
            return null;
        }
        var name = chosen.TrimStart('-').Replace('-', '_');
        return name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(static c => char.IsLetterOrDigit(c) || c == '_') ? name : null;
    }

    /// <summary>The help as a draft may reuse it (see <see cref="GroundedText.Clean"/>); null for text that formats itself or says nothing.</summary>
    private static string? Usable(string help)
    {
        // argparse's "(default: %(default)s)" remark goes as any stated default does; other formatting stays out.
        var text = GroundedText.Clean(DefaultRemark().Replace(help, ""), keepDefault: true);
        return text is null || text.Contains("%(", StringComparison.Ordinal) ? null : text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\(defaults?:?\s*(?:is\s*|to\s*)?%\(default\)[a-z]\)", System.Text.RegularExpressions.RegexOptions.IgnoreCase, 1000)]
    private static partial System.Text.RegularExpressions.Regex DefaultRemark();

    private static Definition? Enclosing(PythonModule module, int offset)
    {
        Definition? found = null;
        foreach (var definition in module.AllDefinitions())
        {
            if (definition.Span.Start <= offset && offset < definition.Span.End)
            {
                found = definition;
            }
        }
        return found;
    }
}
