using ClawDev.Core.Python.Parsing;

namespace ClawDev.Core.Python;

// The outline of one Python file: what the documentation rules and the drafting need, nothing more.
// Offsets are UTF-16 offsets into PythonModule.Text; lines and characters are 0-based (see LineIndex).

public enum ParameterKind
{
    PositionalOnly,
    PositionalOrKeyword,
    VarPositional,
    KeywordOnly,
    VarKeyword,
}

/// <param name="Name">The parameter name without stars.</param>
/// <param name="Annotation">Annotation source text, whitespace-normalised, or null.</param>
/// <param name="Default">Default-value source text, whitespace-normalised, or null.</param>
public sealed record Parameter(
    string Name,
    ParameterKind Kind,
    string? Annotation,
    string? Default,
    TextSpan NameSpan);

/// <param name="Name">The dotted name before any call parentheses, as pydocstyle sees it
/// ("property", "x.setter", "functools.wraps"). Like pydocstyle 6.2.3 it includes a comment met before the
/// next decorator or the definition: <c>@property  # cached</c> is named "property# cached".</param>
/// <param name="Arguments">The text inside the call parentheses, or null when not called.</param>
/// <param name="Span">From the '@' to the end of the decorator expression.</param>
public sealed record Decorator(string Name, string? Arguments, TextSpan Span);

/// <summary>The first statement of a module, class or function body when it is a string literal.</summary>
/// <param name="SourceText">The text of the module the literal is in (the module's own string, not a copy).</param>
/// <param name="Prefix">The string prefix exactly as written ("", "r", "u", "Rb", "f", ...).</param>
/// <param name="Quote">The quote sequence: """ or ''' or " or '.</param>
/// <param name="Span">The literal's span in the source, prefix and quotes included.</param>
/// <param name="ContentSpan">The span between the opening and closing quotes.</param>
/// <param name="Indentation">Leading whitespace of the line the literal starts on.</param>
/// <param name="IsConcatenated">True when further string tokens follow (implicit concatenation).</param>
public sealed record Docstring(
    string SourceText,
    string Prefix,
    string Quote,
    TextSpan Span,
    TextSpan ContentSpan,
    string Indentation,
    bool IsConcatenated)
{
    /// <summary>The source text of the first string token, prefix and quotes included (what pydocstyle calls the
    /// docstring). Sliced on demand: only D417 and the drafts read it, and a copy per docstring was 2.4 MB of a
    /// scan of huggingface_hub.</summary>
    public ReadOnlySpan<char> LiteralText => SourceText.AsSpan(Span.Start, Span.Length);

    /// <summary><see cref="LiteralText"/> as a string, made at each call.</summary>
    public string Literal => LiteralText.ToString();

    /// <summary>The string's value: escapes processed unless raw (like ast.literal_eval). Made at each call: most
    /// readers want <see cref="ValueText"/> or the parsed docstring, and a copy per docstring was 2.3 MB of a scan
    /// of huggingface_hub.</summary>
    public string Value => Parts.Value(SourceText);

    /// <summary><see cref="Value"/>, sliced from the source when the content as written is the value (most docstrings).</summary>
    public ReadOnlySpan<char> ValueText => Parts.ValueText(SourceText);

    private StringLiteral Parts => StringLiteral.Of(Prefix, Quote, ContentSpan);

    // The generated ToString would print the whole module.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Literal = {Literal}, Span = {Span}, ContentSpan = {ContentSpan}, IsConcatenated = {IsConcatenated}");
        return true;
    }
}

public enum DefinitionKind
{
    Function,
    Class,
}

public sealed class Definition
{
    public required DefinitionKind Kind { get; init; }
    public required string Name { get; init; }

    /// <summary>Longer qualified names keep their first and last characters around an ellipsis.</summary>
    public const int MaxQualifiedNameLength = 512;

    /// <summary>Dotted path from the module: "Trainer.train", "outer.inner"; at most <see cref="MaxQualifiedNameLength"/>
    /// characters.</summary>
    public required string QualifiedName { get; init; }

    public bool IsAsync { get; init; }
    public Definition? Parent { get; internal set; }
    public IReadOnlyList<Definition> Children { get; init; } = [];
    public IReadOnlyList<Decorator> Decorators { get; init; } = [];

    /// <summary>PEP 695 type parameters as written ("T", "*Ts", "T: int").</summary>
    public IReadOnlyList<string> TypeParameters { get; init; } = [];

    /// <summary>Functions: the parameters in order. Dataclasses: those of the __init__ the decorator generates (the
    /// fields, without ClassVar ones and <c>field(init=False)</c>). Other classes: empty.</summary>
    public IReadOnlyList<Parameter> Parameters { get; init; } = [];

    /// <summary>Classes: the names their body declares with an annotation (<c>name: type [= value]</c>), in order:
    /// fields or not, <c>field(init=False)</c> and <c>ClassVar</c> ones too. Other definitions: empty.</summary>
    public IReadOnlyList<string> DeclaredAttributes { get; init; } = [];

    /// <summary>Classes: the argument texts inside the parentheses (bases and keywords).</summary>
    public IReadOnlyList<string> Bases { get; init; } = [];

    public string? ReturnAnnotation { get; init; }
    public Docstring? Docstring { get; init; }

    /// <summary>From the first decorator (or the keyword) to the end of the last body line that is not blank or a comment.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>Offset of the 'def' or 'class' keyword (not of 'async').</summary>
    public required int KeywordOffset { get; init; }

    public required TextSpan NameSpan { get; init; }

    /// <summary>Offset of the ':' that ends the header, or -1 when the header is incomplete.</summary>
    public int HeaderColonOffset { get; init; } = -1;

    /// <summary>Indentation of the body's first statement; for a body on the header line (or a header with no
    /// body yet), the header's indentation plus four spaces.</summary>
    public string BodyIndentation { get; init; } = "";

    /// <summary>Indentation of the line holding the keyword (or the first decorator).</summary>
    public string Indentation { get; init; } = "";

    /// <summary>True when the body sits on the header line: def f(): return 1.</summary>
    public bool IsOneLiner { get; init; }

    /// <summary>Defined inside an <c>if TYPE_CHECKING:</c> block (also <c>typing.TYPE_CHECKING</c>,
    /// <c>t.TYPE_CHECKING</c>), directly or within another definition there: it exists for type checkers only.</summary>
    public bool ForTypeCheckersOnly { get; init; }

    /// <summary>Exception names raised in this body (not in nested definitions), dotted, first occurrence order, without call arguments.</summary>
    public IReadOnlyList<string> RaisedExceptions { get; init; } = [];

    /// <summary>True when this body (not nested definitions or lambdas) contains yield or yield from.</summary>
    public bool Yields { get; init; }

    /// <summary>True when this body (not nested definitions or lambdas) has a 'return &lt;value&gt;'.</summary>
    public bool ReturnsValue { get; init; }

    /// <summary>True when one of those returns gives something other than the literal None (<c>return None</c> returns nothing worth documenting).</summary>
    public bool ReturnsNotNone { get; init; }

    /// <summary>
    /// pydocstyle's skipped_error_codes: "all" for a bare "# noqa" comment after the header's colon (or on the
    /// comment lines before the body), the text after "noqa: " for "# noqa: D102,D103", "" otherwise.
    /// </summary>
    public string PydocstyleSkip { get; init; } = "";

    public bool IsClass => Kind == DefinitionKind.Class;
    public bool IsMethod => Kind == DefinitionKind.Function && Parent?.Kind == DefinitionKind.Class;
    public bool IsNestedFunction => Kind == DefinitionKind.Function && Parent?.Kind == DefinitionKind.Function;

    public IEnumerable<Definition> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var d in child.DescendantsAndSelf())
            {
                yield return d;
            }
        }
    }

    public override string ToString() => $"{Kind} {QualifiedName}";
}

/// <summary>The module's __all__ as far as it can be read statically.</summary>
/// <param name="Names">Every name added by static assignments, +=, .extend([...]) and .append("...") at module level.</param>
/// <param name="IsStatic">False when some top-level change to __all__ could not be read (a non-literal value).</param>
/// <param name="PydocstyleNames">What pydocstyle 6.2.3 would use: the names of the single top-level
/// `__all__ = (...)` when __all__ is mentioned exactly once at module level, else null.</param>
public sealed record DunderAll(IReadOnlyList<string> Names, bool IsStatic, IReadOnlyList<string>? PydocstyleNames)
{
    /// <summary>
    /// True when pydocstyle's value is one string rather than a tuple: it evaluates <c>__all__ = ["a"]</c> as
    /// <c>("a")</c>, and then tests membership as a substring test. <see cref="PydocstyleNames"/> then holds that string.
    /// </summary>
    public bool PydocstyleNamesIsString { get; init; }

    /// <summary>pydocstyle's <c>name in dunder_all</c>, or null when pydocstyle has no __all__ for the module.</summary>
    public bool? PydocstyleIncludes(string name) => PydocstyleNames switch
    {
        null => null,
        [var single] when PydocstyleNamesIsString => single.Contains(name, StringComparison.Ordinal),
        var names => names.Contains(name),
    };
}

/// <summary>A flake8-style "# noqa" or "# noqa: D102,D103" comment.</summary>
/// <param name="Codes">Empty for a bare "# noqa" (everything on that line is suppressed).</param>
public sealed record NoqaComment(int Line, IReadOnlyList<string> Codes)
{
    public bool SuppressesAll => Codes.Count == 0;

    public bool Suppresses(string code) => SuppressesAll || Codes.Contains(code, StringComparer.OrdinalIgnoreCase);
}

/// <summary>A module-level import, as written.</summary>
/// <param name="Module">The module named: "torch.nn", ".trainer", ".." (leading dots for relative imports).</param>
/// <param name="Name">For <c>from m import n</c>: "n" ("*" for a star import); null for <c>import m</c>.</param>
/// <param name="LocalName">The name the statement binds: "nn" for <c>import torch.nn as nn</c>, "torch" for
/// <c>import torch.nn</c>, the name (or its alias) for <c>from … import</c>; "*" for a star import.</param>
public sealed record ModuleImport(string Module, string? Name, string LocalName);

/// <summary>One entry of a Hugging Face lazy-import table: <paramref name="Name"/> is exported from the
/// sub-module <paramref name="Submodule"/> (relative to the package, dotted: "models.bert").</summary>
public sealed record LazyExport(string Submodule, string Name);

/// <summary>Something the tolerant parser had to recover from.</summary>
public sealed record SyntaxProblem(string Message, TextSpan Span);

public sealed class PythonModule
{
    public required string Text { get; init; }
    public required LineIndex Lines { get; init; }
    public Docstring? Docstring { get; init; }

    /// <summary>Top-level definitions, including those inside module-level if/try/with/for blocks.</summary>
    public IReadOnlyList<Definition> Definitions { get; init; } = [];

    public DunderAll? All { get; init; }

    /// <summary>The module-level imports, in source order.</summary>
    public IReadOnlyList<ModuleImport> Imports { get; init; } = [];

    /// <summary>The entries of a lazy-import table (<c>_import_structure</c>, <c>_SUBMOD_ATTRS</c>).</summary>
    public IReadOnlyList<LazyExport> LazyExports { get; init; } = [];

    /// <summary>Module-level <c>NAME = "string"</c> assignments (the last one of each name), read like docstrings:
    /// the docstring constants that decorators such as <c>@add_start_docstrings(X)</c> attach to definitions.</summary>
    public IReadOnlyDictionary<string, Docstring> StringConstants { get; init; } = new Dictionary<string, Docstring>();

    /// <summary>Module-level <c>NAME = literal</c> assignments of upper-case names to one number, string, True, False
    /// or None, as written (<c>DEFAULT_ETAG_TIMEOUT = 10</c>); a name assigned different values is left out.</summary>
    public IReadOnlyDictionary<string, string> LiteralConstants { get; init; } = new Dictionary<string, string>();

    /// <summary>Dotted names whose <c>__doc__</c> a module-level statement assigns ("f", "Model.forward").</summary>
    public IReadOnlyList<string> DocAssignments { get; init; } = [];

    /// <summary>"# noqa" comments keyed by 0-based line.</summary>
    public IReadOnlyDictionary<int, NoqaComment> Noqa { get; init; } = new Dictionary<int, NoqaComment>();

    /// <summary>pydocstyle's module-level skipped_error_codes (noqa comments before the module docstring).</summary>
    public string PydocstyleSkip { get; init; } = "";

    /// <summary>Empty for a file that parses cleanly.</summary>
    public IReadOnlyList<SyntaxProblem> Problems { get; init; } = [];

    /// <summary>Where the first triple-quoted string that never closes starts, or null. This parser ends it with its
    /// line to read on; Python reads on to the next matching quotes, so quotes written after this point close it.</summary>
    public int? UnterminatedTripleQuoteAt { get; init; }

    public IEnumerable<Definition> AllDefinitions() => Definitions.SelectMany(d => d.DescendantsAndSelf());
}
