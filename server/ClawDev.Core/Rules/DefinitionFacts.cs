using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>The class pydocstyle's parser gives a definition; it decides publicity and which D1xx code applies.</summary>
internal enum PydocstyleKind
{
    /// <summary>A def at module level (also inside module-level if/try/with blocks).</summary>
    Function,

    /// <summary>A def directly in a class body (or in a block of it).</summary>
    Method,

    /// <summary>A def inside a function or method: never public.</summary>
    NestedFunction,

    /// <summary>A class at module level.</summary>
    Class,

    /// <summary>A class inside a class, function or method.</summary>
    NestedClass,
}

/// <summary>Per-definition facts every rule shares, computed once per definition in source order.</summary>
internal sealed class DefinitionFacts
{
    /// <summary>pydocstyle's VARIADIC_MAGIC_METHODS: public like magic methods, but D107/D102 rather than D105.</summary>
    private static readonly string[] VariadicMagicMethods = ["__init__", "__call__", "__new__"];

    private List<DefinitionFacts>? _children;
    private ParsedDocstring? _parsedDocstring;
    private SuppliedDocumentation? _supplied;
    private bool _suppliedKnown;
    private Deprecation? _deprecation;
    private HashSet<string>? _listedAttributes;

    public required Definition Definition { get; init; }
    public required DefinitionFacts? Parent { get; init; }
    public required PydocstyleKind Kind { get; init; }
    public required bool IsPublic { get; init; }

    /// <summary>Method.is_magic: a dunder name other than __init__, __call__, __new__.</summary>
    public required bool IsMagic { get; init; }

    /// <summary>A typing stub: pydocstyle's Function.is_overload, a decorator spelled exactly "overload" (it does not
    /// see "typing.overload"); with ruff's semantics and in the contribution profile also "typing.overload",
    /// "t.overload" and the like, which ruff resolves through the imports — a stub is never asked for a docstring.</summary>
    public required bool IsOverload { get; init; }

    /// <summary>Method.is_static: a decorator spelled exactly "staticmethod".</summary>
    public required bool IsStatic { get; init; }

    /// <summary>0-based position of the def/class keyword.</summary>
    public required int Line { get; init; }

    public required int Column { get; init; }

    /// <summary>pydocstyle's skipped_error_codes (codes tested by substring, "all"), or "" when noqa is not honoured.</summary>
    public required string SkippedCodes { get; init; }

    /// <summary>The flake8-style noqa comment on the keyword's line, when honoured.</summary>
    public required NoqaComment? Noqa { get; init; }

    /// <summary>A decorator matches the ignore-decorators pattern: pydocstyle runs no check on the definition.</summary>
    public required bool HasIgnoredDecorator { get; init; }

    /// <summary>The nested definitions, in source order.</summary>
    public IReadOnlyList<DefinitionFacts> Children => _children ?? (IReadOnlyList<DefinitionFacts>)[];

    public bool IsMethod => Kind == PydocstyleKind.Method;
    public bool IsFunctionLike => Kind is PydocstyleKind.Function or PydocstyleKind.Method or PydocstyleKind.NestedFunction;
    public bool IsInit => Kind == PydocstyleKind.Method && Definition.Name == "__init__";
    public string Name => Definition.Name;
    public Docstring? Docstring => Definition.Docstring;

    /// <summary>A decorator the configuration counts as @property (property-decorators): the function reads like an attribute.</summary>
    public bool IsProperty(FileSettings settings) => Definition.Decorators.Any(decorator => settings.PropertyDecorators.Contains(decorator.Name));

    /// <summary>The docstring split into sections and entries (parsed once, for every rule that asks), or null.</summary>
    public ParsedDocstring? ParseDocstring(ModuleFacts module)
    {
        if (_parsedDocstring is null && Docstring is { } docstring)
        {
            _parsedDocstring = DocstringParser.Parse(module.Module.Text, docstring, PreferredStyle(module.Settings));
        }
        return _parsedDocstring;
    }

    /// <summary>
    /// The docstring's style as a census of the repository counts it (no preferred style), or null without one: the
    /// rules' parse when they made it without a preferred style (the same detection), else a detection of its own.
    /// </summary>
    public StyleDetection? CensusStyle(ModuleFacts module) =>
        Docstring is not { } docstring ? null
        : _parsedDocstring is { } parsed && PreferredStyle(module.Settings) == DocstringStyle.Plain ? parsed.Detection
        : DocstringParser.DetectStyle(module.Module.Text, docstring);

    /// <summary>
    /// Whether the definition is documented: it has a docstring or, in the contribution profile, the repository's
    /// conventions supply one (<see cref="SuppliedDocumentation"/>). In the pydocstyle profile only the docstring counts.
    /// </summary>
    public bool HasDocumentation(ModuleFacts module) => Docstring is not null || Supplied(module) is not null;

    /// <summary>
    /// Whether the D1xx rules ask nothing of it: it has documentation, or — in the contribution profile — it is
    /// defined under <c>if TYPE_CHECKING:</c>, for type checkers only: help(), Sphinx and mkdocstrings read the
    /// runtime objects, and the runtime definition of the name (an <c>else:</c> branch) is the one to document.
    /// </summary>
    public bool NeedsNoDocstring(ModuleFacts module) =>
        HasDocumentation(module) || (Definition.ForTypeCheckersOnly && module.Settings.Profile == AnalysisProfile.Contribution);

    /// <summary>What decorators and <c>__doc__</c> assignments supply, in the contribution profile; null otherwise.</summary>
    public SuppliedDocumentation? Supplied(ModuleFacts module)
    {
        if (!_suppliedKnown)
        {
            _suppliedKnown = true;
            _supplied = module.Settings.Profile == AnalysisProfile.Contribution
                ? SuppliedDocumentation.Of(Definition, module.Module, PreferredStyle(module.Settings)) ?? ListedByItsClass(module)
                : null;
        }
        return _supplied;
    }

    /// <summary>
    /// What its own code says is deprecated (<see cref="Rules.Deprecation"/>): a class speaks through its __init__ and
    /// __post_init__ too, and a deprecated class's methods are deprecated with it. Read once, when asked.
    /// </summary>
    public Deprecation Deprecation(ModuleFacts module)
    {
        if (_deprecation is null)
        {
            var names = (SignatureOwner()?.Definition.Parameters ?? []).Select(static parameter => parameter.Name).ToList();
            var deprecation = Rules.Deprecation.Of(Definition, module.Module, names);
            if (!IsFunctionLike)
            {
                foreach (var child in Children.Where(static child => child.Name is "__init__" or "__post_init__"))
                {
                    deprecation = deprecation.With(Rules.Deprecation.Of(child.Definition, module.Module, names));
                }
            }
            if (Parent?.Deprecation(module).Whole is { } whole)
            {
                deprecation = deprecation.With(new Rules.Deprecation($"its class is deprecated: {whole}", Rules.Deprecation.None.Parameters));
            }
            _deprecation = deprecation;
        }
        return _deprecation;
    }

    /// <summary>
    /// A property its class's docstring lists among its attributes — an "Attributes" section (Google, NumPy, Sphinx
    /// <c>:ivar x:</c>) or a Hugging Face "- **name** (type) -- text" list (accelerate's "**Available attributes:**") —
    /// is documented where the class's page shows it.
    /// </summary>
    private SuppliedDocumentation? ListedByItsClass(ModuleFacts module)
    {
        if (!IsProperty(module.Settings) || Parent is not { Docstring: { } classDocstring } parent || parent.ParseDocstring(module) is not { } parsed)
        {
            return null;
        }
        return parent.ListedAttributes(parsed, module.Module.Text.AsSpan(classDocstring.ContentSpan.Start, classDocstring.ContentSpan.Length)).Contains(Name)
            ? new SuppliedDocumentation(ParameterNames: new HashSet<string>())
            : null;
    }

    /// <summary>
    /// For a class: the names its docstring lists among its attributes, read once for all its properties (searched
    /// per property, a class with 40,000 of them took a minute): the entries of its "Attributes" sections, and the
    /// text between each "- **" and the next "**".
    /// </summary>
    private HashSet<string> ListedAttributes(ParsedDocstring parsed, ReadOnlySpan<char> content)
    {
        if (_listedAttributes is not null)
        {
            return _listedAttributes;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in parsed.Sections)
        {
            if (section.Kind == SectionKind.Attributes)
            {
                foreach (var entry in section.Entries)
                {
                    names.UnionWith(entry.Names);
                }
            }
        }
        const string ListItem = "- **";
        for (var start = content.IndexOf(ListItem, StringComparison.Ordinal); start >= 0;)
        {
            var rest = content[(start + ListItem.Length)..];
            var end = rest.IndexOf("**", StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }
            names.Add(rest[..end].ToString());
            var next = rest.IndexOf(ListItem, StringComparison.Ordinal);
            start = next < 0 ? -1 : start + ListItem.Length + next;
        }
        return _listedAttributes = names;
    }

    /// <summary>For a class: its __init__ (the last one defined directly in its body, as Python keeps the last), or null.</summary>
    public DefinitionFacts? Constructor()
    {
        DefinitionFacts? constructor = null;
        foreach (var child in Children)
        {
            if (child.IsInit)
            {
                constructor = child;
            }
        }
        return constructor;
    }

    /// <summary>The function whose signature this definition's docstring documents: itself, a class's __init__, or a
    /// dataclass without one (its generated __init__ takes the fields); null for a class with no signature.</summary>
    public DefinitionFacts? SignatureOwner() => IsFunctionLike ? this : Constructor() ?? (Definition.Parameters.Count > 0 ? this : null);

    /// <summary>
    /// The docstring's parameter section and the signature it documents, for rules that compare the two; null when
    /// there is no docstring, no parameter section, or no signature to document.
    /// </summary>
    public (ParsedDocstring Docstring, DefinitionFacts Owner)? DocumentedSignature(ModuleFacts module)
    {
        // The cheap text scan first: most docstrings have no parameter section and are never parsed.
        if (Docstring is not { } docstring
            || !ParameterSectionHint.MayHaveParameterSection(module.Module.Text, docstring)
            || SignatureOwner() is not { } owner
            || ParseDocstring(module) is not { HasParameterSection: true } parsed)
        {
            return null;
        }
        return (parsed, owner);
    }

    /// <summary>The style the repository asks for ([tool.clawdev] style, else its convention) breaks ties when a docstring's style is ambiguous.</summary>
    private static DocstringStyle PreferredStyle(FileSettings settings) => settings.Style ?? settings.Convention switch
    {
        Convention.Google => DocstringStyle.Google,
        Convention.NumPy => DocstringStyle.NumPy,
        _ => DocstringStyle.Plain,
    };

    /// <summary>Every definition of the module in pydocstyle's order (pre-order, source order).</summary>
    public static List<DefinitionFacts> Collect(ModuleFacts module)
    {
        var all = new List<DefinitionFacts>();
        foreach (var definition in module.Module.Definitions)
        {
            Add(definition, parent: null, module, all);
        }
        return all;
    }

    private static void Add(Definition definition, DefinitionFacts? parent, ModuleFacts module, List<DefinitionFacts> all)
    {
        var facts = Create(definition, parent, module);
        all.Add(facts);
        if (parent is not null)
        {
            (parent._children ??= []).Add(facts);
        }
        foreach (var child in definition.Children)
        {
            Add(child, facts, module, all);
        }
    }

    private static DefinitionFacts Create(Definition definition, DefinitionFacts? parent, ModuleFacts module)
    {
        var kind = KindOf(definition, parent);
        var name = definition.Name;
        var isMagic = kind == PydocstyleKind.Method && IsDunder(name) && Array.IndexOf(VariadicMagicMethods, name) < 0;
        var (line, column) = module.Module.Lines.PositionOf(definition.KeywordOffset);
        var settings = module.Settings;
        NoqaComment? noqa = null;
        if (settings.HonourNoqa)
        {
            module.Module.Noqa.TryGetValue(line, out noqa);
        }
        return new DefinitionFacts
        {
            Definition = definition,
            Parent = parent,
            Kind = kind,
            IsPublic = Publicity(definition, kind, parent, isMagic, module.Exported),
            IsMagic = isMagic,
            IsOverload = settings.Linter == DocstringLinter.Ruff || settings.Profile == AnalysisProfile.Contribution
                ? HasOverloadDecorator(definition)
                : HasDecorator(definition, "overload"),
            IsStatic = HasDecorator(definition, "staticmethod"),
            Line = line,
            Column = column,
            SkippedCodes = settings.HonourNoqa ? definition.PydocstyleSkip : "",
            Noqa = noqa,
            HasIgnoredDecorator = settings.IgnoreDecorators is { } pattern && AnyDecoratorMatches(definition, pattern),
        };
    }

    private static PydocstyleKind KindOf(Definition definition, DefinitionFacts? parent) => parent switch
    {
        null => definition.IsClass ? PydocstyleKind.Class : PydocstyleKind.Function,
        { Definition.IsClass: true } => definition.IsClass ? PydocstyleKind.NestedClass : PydocstyleKind.Method,
        _ => definition.IsClass ? PydocstyleKind.NestedClass : PydocstyleKind.NestedFunction,
    };

    private static bool Publicity(Definition definition, PydocstyleKind kind, DefinitionFacts? parent, bool isMagic, ExportedNames exported)
    {
        var name = definition.Name;
        switch (kind)
        {
            case PydocstyleKind.Function:
            case PydocstyleKind.Class:
                return exported.IsPublic(name);
            case PydocstyleKind.Method:
                if (IsAccessor(definition))
                {
                    return false;
                }
                var nameIsPublic = !name.StartsWith('_') || Array.IndexOf(VariadicMagicMethods, name) >= 0 || isMagic;
                return nameIsPublic && parent!.IsPublic;
            case PydocstyleKind.NestedClass:
                return !name.StartsWith('_') && parent!.Definition.IsClass && parent.IsPublic;
            default:
                return false;
        }
    }

    /// <summary>pydocstyle's setter/deleter test: a decorator matching <c>^{name}\.</c> ("x.setter", "x.deleter", "x.getter").</summary>
    private static bool IsAccessor(Definition definition)
    {
        var name = definition.Name;
        foreach (var decorator in definition.Decorators)
        {
            var decoratorName = decorator.Name;
            if (decoratorName.Length > name.Length
                && decoratorName[name.Length] == '.'
                && decoratorName.StartsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"@overload" or an attribute of a module ending in ".overload" ("@typing.overload", "@t.overload").</summary>
    private static bool HasOverloadDecorator(Definition definition)
    {
        foreach (var decorator in definition.Decorators)
        {
            if (decorator.Arguments is null && (decorator.Name == "overload" || decorator.Name.EndsWith(".overload", StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsDunder(string name) =>
        name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal);

    private static bool HasDecorator(Definition definition, string name)
    {
        foreach (var decorator in definition.Decorators)
        {
            if (decorator.Name == name)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>pydocstyle: <c>len(ignore_decorators.findall(dec.name)) > 0</c> for any decorator, i.e. a match anywhere.</summary>
    private static bool AnyDecoratorMatches(Definition definition, Configuration.Paths.ConfigRegex pattern)
    {
        foreach (var decorator in definition.Decorators)
        {
            if (pattern.IsMatch(decorator.Name))
            {
                return true;
            }
        }
        return false;
    }
}
