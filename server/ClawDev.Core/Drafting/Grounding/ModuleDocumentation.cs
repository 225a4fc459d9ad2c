using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting.Editing;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Grounding;

/// <summary>One documented parameter: the name, its type (a key and as written), the reusable description, the definition documenting it and the entry's 1-based line.</summary>
internal sealed record ParameterRecord(string Name, string? TypeKey, string? Type, string Description, string Symbol, int Line)
{
    /// <summary>The documenting definition's own code says it, or this parameter, is on its way out (<see cref="Rules.Deprecation"/>):
    /// its entry is not the repository's current word (pydantic's deprecated <c>BaseModel.copy</c> beside <c>model_copy</c>).</summary>
    public bool Deprecated { get; init; }

    /// <summary>Every parameter the documenting definition's docstring documents, this one included: what it has in common with a draft's signature.</summary>
    public IReadOnlyDictionary<string, string> Documented { get; init; } = NoNames;

    /// <summary>The names of the calls the documenting definition passes this parameter to by keyword (<c>g(x=x)</c>
    /// gives "g", <c>self.api.g(x=x)</c> too, <c>super().__init__(x=x)</c> its class's bases): its entry speaks of
    /// what they take.</summary>
    public IReadOnlyList<string> PassedTo { get; init; } = [];

    /// <summary>The attributes of self a method stores this parameter as (<c>set_logging</c>'s <c>strategy</c>:
    /// <c>self.logging_strategy = IntervalStrategy(strategy)</c>): its entry speaks of what its class keeps under that name.</summary>
    public IReadOnlyList<string> StoredAs { get; init; } = [];

    private static readonly Dictionary<string, string> NoNames = [];
}

/// <summary>A documented method: its summary and parameter and return descriptions (each null or absent when not worth reusing).</summary>
internal sealed record MethodRecord(string Name, string Symbol, string? Summary, IReadOnlyDictionary<string, SourcedText> Parameters, string? Returns);

/// <summary>A class: its simple name, its bases' simple names, and its documented methods.</summary>
/// <param name="Methods">Documented methods by name; "__init__" also carries the constructor parameters the class docstring documents.</param>
internal sealed record ClassRecord(string Name, string Symbol, IReadOnlyList<string> Bases, IReadOnlyDictionary<string, MethodRecord> Methods);

/// <summary>What one module documents that drafts elsewhere can reuse.</summary>
internal sealed partial class ModuleDocumentation
{
    private const string Constructor = "__init__";

    public required string Path { get; init; }

    /// <summary>The name the module is imported by, last part only: "trainer_base" for "pkg/trainer_base.py", "pkg" for "pkg/__init__.py".</summary>
    public required string ModuleName { get; init; }

    public required IReadOnlyList<ParameterRecord> Parameters { get; init; }

    public required IReadOnlyList<ClassRecord> Classes { get; init; }

    /// <summary>
    /// The positional parameters (as a bound call passes them: no self or cls) of each definition that documents
    /// parameters, by the name a call uses: a function's or method's name, a class's name for its constructor.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Symbol, string[] Names)>> Signatures { get; init; } =
        new Dictionary<string, IReadOnlyList<(string Symbol, string[] Names)>>();

    /// <summary>
    /// Its top-level names bound to a type expression: <c>ContentT = Union[bytes, BinaryIO, …]</c>,
    /// <c>RepoVisibility_T = Literal["public", "private"]</c>, <c>X: TypeAlias = …</c>, <c>type X = …</c>. An annotation
    /// naming one says nothing a reader can use; the repository's entries write what it stands for.
    /// </summary>
    public IReadOnlySet<string> TypeAliases { get; init; } = NoAliases;

    private static readonly HashSet<string> NoAliases = [];

    /// <summary>Its top-level upper-case names bound to one literal (<see cref="PythonModule.LiteralConstants"/>).</summary>
    public IReadOnlyDictionary<string, string> Constants { get; init; } = new Dictionary<string, string>();

    /// <summary>The help texts of its dataclass fields, typer and click options and argparse arguments.</summary>
    public IReadOnlyList<HelpRecord> HelpTexts { get; init; } = [];

    /// <summary>Docstrings of several lines whose summary starts on the quotes' line, and those starting it on the next.</summary>
    public (int FirstLine, int SecondLine) SummaryPlacement { get; init; }

    /// <summary>Entries whose text retires their parameter ("Deprecated (see :attr:`reduction`). …"): never another
    /// function's word, unless three docstrings or more write it word for word for the name, as torch's loss classes
    /// do for <c>size_average</c> (<see cref="EvidenceSearch"/>'s standard text).</summary>
    public IReadOnlyList<ParameterRecord> RetiredParameters { get; init; } = [];

    /// <summary>Parameter entries that write a type, and those that do not.</summary>
    public (int Typed, int Untyped) EntryTyping { get; init; }

    /// <summary>Google parameter entries whose description starts on their name's line, and those starting it on the
    /// next (optuna's "study:" over its description); Hugging Face entries always do.</summary>
    public (int OnHeadLine, int Below) GoogleDescriptionPlacement { get; init; }

    /// <summary>The classes the entries' types name, by simple name, each with the doc-builder link it is written as
    /// ("FSDPOption": "[`~trainer_utils.FSDPOption`]") or null where written plain; as often as they name them.</summary>
    public IReadOnlyList<(string Name, string? Link)> TypeLinks { get; init; } = [];

    /// <summary>Entries whose type writes a union in words ("`str` or `os.PathLike`") and as code ("Union[str, os.PathLike]").</summary>
    public (int InWords, int AsCode) UnionNotation { get; init; }

    /// <summary>
    /// Help texts of fields and options whose definition's docstring also has an entry for the name: those whose words
    /// mostly are the entry's (trl writes one sentence in both places) and those that say it otherwise (peft's
    /// "List of module names or regex expression …" help beside the entry's "The names of the modules to apply the
    /// adapter to. …").
    /// </summary>
    public (int Restating, int Differing) HelpAgreement { get; init; }

    public static ModuleDocumentation Extract(string path, PythonModule module, DocstringStyle preferredStyle)
    {
        var parameters = new List<ParameterRecord>();
        var retired = new List<ParameterRecord>();
        var attributes = new List<HelpRecord>();
        var typed = 0;
        int onHeadLine = 0, below = 0;
        var parsed = new Dictionary<Definition, ParsedDocstring>();
        foreach (var definition in module.AllDefinitions())
        {
            if (definition.Docstring is not { } docstring)
            {
                continue;
            }
            var docstringParsed = DocstringParser.Parse(module.Text, docstring, preferredStyle);
            parsed[definition] = docstringParsed;
            CountDescriptionPlacement(module.Text, docstringParsed, ref onHeadLine, ref below);
            var first = parameters.Count;
            foreach (var (name, documentedType, description, offset, retiring) in Documented(module.Text, docstringParsed, GroundedText.IsRaw(docstring)))
            {
                typed += documentedType is null ? 0 : 1;
                var (typeKey, type) = CheckedType(definition, name, documentedType);
                (retiring ? retired : parameters).Add(new ParameterRecord(name, typeKey, type, description, definition.QualifiedName, module.Lines.LineOf(offset) + 1));
            }
            if (parameters.Count > first && Rules.Deprecation.Of(definition, module, definition.Parameters.Select(static p => p.Name).ToList()) is { IsEmpty: false } deprecation)
            {
                for (var i = first; i < parameters.Count; i++)
                {
                    parameters[i] = parameters[i] with { Deprecated = deprecation.Whole is not null || deprecation.Parameters.ContainsKey(parameters[i].Name) };
                }
            }
            for (var i = first; i < parameters.Count; i++)
            {
                parameters[i] = parameters[i] with { PassedTo = CallsReceiving(module, definition, parameters[i].Name), StoredAs = StoredBy(module, definition, parameters[i].Name) };
            }
            if (definition.IsClass)
            {
                AddAttributeEntries(module, definition, docstringParsed, GroundedText.IsRaw(docstring), attributes);
            }
            else if (PropertyDocstring(module, definition, docstringParsed) is { } property)
            {
                attributes.Add(property);
            }
        }
        var documentedBy = parameters.GroupBy(static p => p.Symbol, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => (IReadOnlyDictionary<string, string>)g.DistinctBy(static p => p.Name).ToDictionary(static p => p.Name, static p => p.Description, StringComparer.Ordinal), StringComparer.Ordinal);
        parameters = parameters.ConvertAll(p => p with { Documented = documentedBy[p.Symbol] });
        var classes = new List<ClassRecord>();
        foreach (var definition in module.AllDefinitions())
        {
            if (definition.IsClass)
            {
                classes.Add(ClassOf(module, definition, parsed));
            }
        }
        var helpTexts = attributes.Count == 0 ? Drafting.Grounding.HelpTexts.In(module) : [.. Drafting.Grounding.HelpTexts.In(module), .. attributes];
        return new ModuleDocumentation
        {
            Path = path,
            ModuleName = ModuleNameOf(path),
            Parameters = parameters,
            RetiredParameters = retired,
            Classes = classes,
            HelpTexts = helpTexts,
            Signatures = SignaturesOf(module, parameters),
            Constants = module.LiteralConstants,
            TypeAliases = TypeAliasesIn(module.Text),
            SummaryPlacement = CountSummaryPlacement(module),
            EntryTyping = (typed, parameters.Count - typed),
            GoogleDescriptionPlacement = (onHeadLine, below),
            TypeLinks = [.. parameters.SelectMany(static p => Writing.TypeNotation.ClassMentions(p.Type))],
            UnionNotation = (parameters.Count(static p => p.Type is { } t && Writing.TypeNotation.WritesUnionInWords(t)), parameters.Count(static p => p.Type is { } t && Writing.TypeNotation.WritesUnionAsCode(t))),
            HelpAgreement = CountHelpAgreement(helpTexts, parameters),
        };
    }

    /// <summary>Pairs of a help text and its own definition's entry for the name (a class's or its constructor's), by whether half their words are shared.</summary>
    private static (int Restating, int Differing) CountHelpAgreement(IReadOnlyList<HelpRecord> helpTexts, List<ParameterRecord> parameters)
    {
        int restating = 0, differing = 0;
        foreach (var help in helpTexts)
        {
            if (help.Kind is HelpKind.AttributeEntry or HelpKind.PropertyDocstring || help.Symbol.Length == 0)
            {
                continue;
            }
            var constructor = help.Symbol + "." + Constructor;
            if (parameters.Find(p => p.Name == help.Name && (p.Symbol == help.Symbol || p.Symbol == constructor)) is { } entry)
            {
                if (WordOverlap(help.Text, entry.Description) >= HalfTheWords)
                {
                    restating++;
                }
                else
                {
                    differing++;
                }
            }
        }
        return (restating, differing);
    }

    private const double HalfTheWords = 0.5;

    /// <summary>The F1 of two texts' words: twice the words both have (counted as often as both have them) over all words of both.</summary>
    private static double WordOverlap(string a, string b)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var word in ParallelEntry.ProseWords(a))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
            total++;
        }
        var shared = 0;
        foreach (var word in ParallelEntry.ProseWords(b))
        {
            total++;
            if (counts.GetValueOrDefault(word) > 0)
            {
                counts[word]--;
                shared++;
            }
        }
        return total == 0 ? 0 : 2.0 * shared / total;
    }

    /// <summary>
    /// The entry's type, unless the documenting definition's own annotation contradicts it: huggingface_hub documents
    /// <c>ignore_metadata_errors: bool</c> as (`str`) in three docstrings, and the code is what the words describe —
    /// its annotation then stands for the type, and the written type is not offered to a draft.
    /// </summary>
    private static (string? Key, string? Type) CheckedType(Definition definition, string name, string? documentedType)
    {
        var documented = TypeKey.Of(documentedType);
        var function = definition.IsClass ? definition.Children.FirstOrDefault(static c => c.Name == Constructor && c.Kind == DefinitionKind.Function) : definition;
        var annotated = TypeKey.Of(function?.Parameters.FirstOrDefault(p => p.Name == name)?.Annotation);
        return annotated is not null && !TypeKey.Compatible(documented, annotated) ? (annotated, null) : (documented, documentedType);
    }

    /// <summary>Only the help texts of a module (its fields' docstrings and options' help), for a generated file.</summary>
    public static ModuleDocumentation FieldsOf(string path, PythonModule module) => new()
    {
        Path = path,
        ModuleName = ModuleNameOf(path),
        Parameters = [],
        Classes = [],
        HelpTexts = Drafting.Grounding.HelpTexts.In(module),
    };

    private static Dictionary<string, IReadOnlyList<(string Symbol, string[] Names)>> SignaturesOf(PythonModule module, List<ParameterRecord> parameters)
    {
        var documenting = parameters.Select(static p => p.Symbol).ToHashSet(StringComparer.Ordinal);
        var signatures = new Dictionary<string, IReadOnlyList<(string Symbol, string[] Names)>>(StringComparer.Ordinal);
        foreach (var definition in module.AllDefinitions())
        {
            var function = definition.IsClass ? definition.Children.FirstOrDefault(static c => c.Name == Constructor && c.Kind == DefinitionKind.Function) : definition;
            if (!documenting.Contains(definition.QualifiedName) || function is null || function.Kind != DefinitionKind.Function)
            {
                continue;
            }
            var positional = function.Parameters.Where(static p => p.Kind is ParameterKind.PositionalOnly or ParameterKind.PositionalOrKeyword).Select(static p => p.Name);
            var bound = function.IsMethod && !function.Decorators.Any(static d => d.Name == "staticmethod");
            var names = (bound ? positional.Skip(1) : positional).ToArray();
            var callName = function.Name == Constructor && function.Parent is { IsClass: true } owner ? owner.Name : function.Name;
            var list = signatures.TryGetValue(callName, out var existing) ? (List<(string, string[])>)existing : [];
            list.Add((definition.QualifiedName, names));
            signatures[callName] = list;
        }
        return signatures;
    }

    /// <summary>Adds a Google docstring's described parameter entries to those with their description on the name's line
    /// or below it.</summary>
    private static void CountDescriptionPlacement(string text, ParsedDocstring parsed, ref int onHeadLine, ref int below)
    {
        if (parsed.Style != DocstringStyle.Google)
        {
            return;
        }
        foreach (var entry in parsed.ParameterSections.SelectMany(static s => s.Entries))
        {
            if (entry.Fields.Count == 0 && entry.DescriptionSpan.Length > 0 && entry.DescriptionSpan.Start > entry.Span.Start)
            {
                if (text.AsSpan(entry.Span.Start, entry.DescriptionSpan.Start - entry.Span.Start).ContainsAny('\r', '\n'))
                {
                    below++;
                }
                else
                {
                    onHeadLine++;
                }
            }
        }
    }

    /// <summary>Where the summaries of the module's docstrings of several lines start: on the quotes' line or on the next.</summary>
    private static (int FirstLine, int SecondLine) CountSummaryPlacement(PythonModule module)
    {
        int first = 0, second = 0;
        foreach (var docstring in module.AllDefinitions().Select(static d => d.Docstring).Append(module.Docstring))
        {
            if (docstring is null)
            {
                continue;
            }
            var content = module.Text.AsSpan(docstring.ContentSpan.Start, docstring.ContentSpan.Length);
            var lineBreak = content.IndexOfAny('\r', '\n');
            if (lineBreak < 0 || content[(lineBreak + 1)..].IsWhiteSpace())
            {
                continue;
            }
            if (content[..lineBreak].IsWhiteSpace())
            {
                second++;
            }
            else
            {
                first++;
            }
        }
        return (first, second);
    }

    /// <summary>
    /// The names of the calls <paramref name="definition"/> (a class: its constructor) passes its parameter
    /// <paramref name="name"/> to by keyword, as a call to the receiver is written (the last part of a dotted name; a
    /// base class's name for <c>super().__init__</c>).
    /// </summary>
    private static IReadOnlyList<string> CallsReceiving(PythonModule module, Definition definition, string name)
    {
        var function = definition.IsClass ? definition.Children.FirstOrDefault(static c => c.Name == Constructor && c.Kind == DefinitionKind.Function) : definition;
        if (function is not { Kind: DefinitionKind.Function } || function.Parameters.All(p => p.Name != name))
        {
            return [];
        }
        List<string>? names = null;
        var bodyStart = function.HeaderColonOffset < 0 ? function.Span.Start : function.HeaderColonOffset;
        foreach (var (callee, _) in CallSites.Receiving(module.Text, bodyStart, function.Span.End, name, starred: false, keywordOnly: true))
        {
            names ??= [];
            if (callee == CallSites.SuperConstructor)
            {
                names.AddRange(function.Parent is { IsClass: true } owner ? BaseNames(owner) : []);
            }
            else
            {
                names.Add(callee[(callee.LastIndexOf('.') + 1)..]);
            }
        }
        return names ?? (IReadOnlyList<string>)[];
    }

    /// <summary>The attributes of self a method of a class stores its parameter as (<see cref="CallSites.StoredAs"/>); none for a function outside a class, or a parameter it does not take.</summary>
    private static IReadOnlyList<string> StoredBy(PythonModule module, Definition definition, string name) =>
        definition is { Kind: DefinitionKind.Function, Parent.IsClass: true } && definition.Parameters.Any(p => p.Name == name)
            ? CallSites.StoredAs(module.Text, definition.HeaderColonOffset < 0 ? definition.Span.Start : definition.HeaderColonOffset, definition.Span.End, name)
            : [];

    /// <summary>"nn.Module" gives "Module", "Base[T]" gives "Base"; keywords (metaclass=...) and unpacked arguments are not bases.</summary>
    public static List<string> BaseNames(Definition definition)
    {
        var names = new List<string>(definition.Bases.Count);
        foreach (var written in definition.Bases)
        {
            var text = written.Trim();
            var bracket = text.IndexOf('[');
            if (bracket >= 0)
            {
                text = text[..bracket].TrimEnd();
            }
            if (text.Length == 0 || text[0] == '*' || text.Contains('=') || text.Contains('('))
            {
                continue;
            }
            names.Add(Signature.TypeExpression.LastSegment(text));
        }
        return names;
    }

    private static ClassRecord ClassOf(PythonModule module, Definition definition, Dictionary<Definition, ParsedDocstring> parsed)
    {
        var methods = new Dictionary<string, MethodRecord>(StringComparer.Ordinal);
        foreach (var child in definition.Children)
        {
            if (child.Kind == DefinitionKind.Function && parsed.TryGetValue(child, out var docstring))
            {
                methods[child.Name] = MethodOf(module, child, child.Name, docstring);
            }
        }
        if (parsed.TryGetValue(definition, out var classDocstring) && MethodOf(module, definition, Constructor, classDocstring) is { Parameters.Count: > 0 } fromClass)
        {
            // Google, NumPy, Hugging Face and Sphinx projects often document the constructor in the class docstring.
            fromClass = fromClass with { Summary = null, Returns = null };
            methods[Constructor] = methods.TryGetValue(Constructor, out var init) ? Combine(init, fromClass) : fromClass;
        }
        return new ClassRecord(definition.Name, definition.QualifiedName, BaseNames(definition), methods);
    }

    /// <param name="documented">The definition whose docstring <paramref name="docstring"/> is.</param>
    private static MethodRecord MethodOf(PythonModule module, Definition documented, string name, ParsedDocstring docstring)
    {
        var symbol = documented.QualifiedName;
        var raw = GroundedText.IsRaw(documented.Docstring!);
        var parameters = new Dictionary<string, SourcedText>(StringComparer.Ordinal);
        foreach (var (parameter, type, description, offset, _) in Documented(module.Text, docstring, raw).Where(static d => !d.Retired))
        {
            parameters.TryAdd(parameter, new SourcedText(description, symbol, module.Lines.LineOf(offset) + 1, type));
        }
        var returns = docstring.FindSection(SectionKind.Returns) is { Entries: [var entry, ..] } ? GroundedText.Reusable(entry.Description, raw) : null;
        return new MethodRecord(name, symbol, GroundedText.Reusable(docstring.Summary, raw), parameters, returns);
    }

    /// <summary>The reusable parameter descriptions of a docstring: its parameter entries, or the items of a plain docstring's PEP 257 list.</summary>
    /// <param name="raw">Whether the docstring is a raw literal (its text is its value).</param>
    /// <summary>The reusable entries of a docstring, and those whose text retires their parameter (<c>Retired</c>).</summary>
    private static IEnumerable<(string Name, string? Type, string Description, int Offset, bool Retired)> Documented(string text, ParsedDocstring docstring, bool raw)
    {
        if (!docstring.Detection.IsStructured && Pep257List.Find(text, docstring.ContentSpan, "") is { } list)
        {
            foreach (var unit in list.Units)
            {
                if (GroundedText.Reusable(unit.Description, raw, keepDefault: true) is { } description)
                {
                    yield return (unit.Names[0], null, description, unit.Span.Start, false);
                }
            }
            yield break;
        }
        foreach (var documented in docstring.DocumentedParameters)
        {
            var (type, written) = SentenceBegunAsType(documented.Entry.Type, documented.Entry.Description) is { } whole
                ? (null, whole)
                : (documented.Entry.Type, documented.Entry.Description);
            if (GroundedText.Reusable(written, raw, keepDefault: true) is { } description)
            {
                yield return (documented.Name, type, description, documented.NameSpan.Start, false);
            }
            else if (GroundedText.Reusable(written, raw, keepDefault: true, retired: true) is { } retiring)
            {
                yield return (documented.Name, type, retiring, documented.NameSpan.Start, true);
            }
        }
    }

    /// <summary>
    /// The whole description when an entry's "type" is the beginning of its sentence, which the next line continues
    /// in lower case (networkx's "alpha : Parameter defined for participation of Common Neighbor" over "and Centrality
    /// Algorithm share."): reused alone, the description would start mid-sentence. A type is a few words or an
    /// expression (commas, brackets, backticks, "|") or ends as a type phrase may ("set of 2 or 3 tuples."); null for anything else.
    /// </summary>
    private static string? SentenceBegunAsType(string? type, string description) =>
        type is { Length: > 0 } && description.Length > 0 && char.IsLower(description[0]) && !type.TrimEnd().EndsWith('.')
        && type.AsSpan().IndexOfAny(TypeExpressionMarks) < 0 && type.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= SentenceWords
            ? $"{type.Trim()} {description}"
            : null;

    private static readonly System.Buffers.SearchValues<char> TypeExpressionMarks = System.Buffers.SearchValues.Create(",()[]{}`|:");

    /// <summary>Five words or more: a type written without a comma or bracket is most often shorter ("list of int",
    /// "NetworkX graph"); a longer one over a description in lower case is read with it as one text, which still
    /// says what the parameter is.</summary>
    private const int SentenceWords = 5;

    /// <summary>
    /// What a property's docstring says its value is — the summary, a Google "type: " before it left out ("str: The
    /// name of the repo.") — as the class's word for the constructor parameter of the same name, which sets it. Not a
    /// summary that says what the getter does ("Returns the position of the left support."): as a parameter's
    /// description it would describe a call.
    /// </summary>
    private static HelpRecord? PropertyDocstring(PythonModule module, Definition definition, ParsedDocstring docstring)
    {
        if (definition.Kind != DefinitionKind.Function || definition.Parent is not { IsClass: true } owner
            || !definition.Decorators.Any(static d => Configuration.FileSettings.DefaultPropertyDecorators.Contains(d.Name))
            || docstring.Summary is not { Length: > 0 } summary)
        {
            return null;
        }
        var text = PropertyTypePrefix().Replace(summary, "");
        if (GetterVerbs.Any(verb => text.StartsWith(verb, StringComparison.Ordinal) && (text.Length == verb.Length || text[verb.Length] == ' '))
            || GroundedText.Reusable(text, GroundedText.IsRaw(definition.Docstring!), keepDefault: true) is not { } description)
        {
            return null;
        }
        return new HelpRecord(definition.Name, description, owner.QualifiedName, module.Lines.LineOf(definition.NameSpan.Start) + 1, HelpKind.PropertyDocstring);
    }

    private static readonly string[] GetterVerbs = ["Return", "Returns", "Get", "Gets", "Set", "Sets", "Compute", "Computes", "Retrieve", "Retrieves"];

    /// <summary>Google's property summary begins with the value's type: "str: The name.", "`int`: The size.".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^`?[\w.\[\], |]+`?:\s+", System.Text.RegularExpressions.RegexOptions.None, 1000)]
    private static partial System.Text.RegularExpressions.Regex PropertyTypePrefix();

    /// <summary>
    /// The entries of a class docstring's attributes sections: a dataclass's, a pydantic model's or a class storing
    /// its arguments documents them there as attributes (pydantic's <c>StringConstraints</c>: "strip_whitespace:
    /// Whether to remove leading and trailing whitespace."), which is what the constructor's parameter of the same
    /// name is.
    /// </summary>
    private static void AddAttributeEntries(PythonModule module, Definition owner, ParsedDocstring docstring, bool raw, List<HelpRecord> attributes)
    {
        foreach (var section in docstring.Sections)
        {
            if (section.Kind != SectionKind.Attributes)
            {
                continue;
            }
            foreach (var entry in section.Entries)
            {
                if (entry.Name is { } name && entry.NameSpans.Count == 1 && GroundedText.Reusable(entry.Description, raw, keepDefault: true) is { } description)
                {
                    attributes.Add(new HelpRecord(name.TrimStart('*'), description, owner.QualifiedName, module.Lines.LineOf(entry.NameSpans[0].Start) + 1, HelpKind.AttributeEntry));
                }
            }
        }
    }

    /// <summary>__init__'s own documentation, with the class docstring's parameter entries for what it lacks.</summary>
    private static MethodRecord Combine(MethodRecord init, MethodRecord fromClass)
    {
        var parameters = new Dictionary<string, SourcedText>(init.Parameters, StringComparer.Ordinal);
        foreach (var (name, description) in fromClass.Parameters)
        {
            parameters.TryAdd(name, description);
        }
        return init with { Parameters = parameters };
    }

    private static HashSet<string> TypeAliasesIn(string text)
    {
        HashSet<string>? aliases = null;
        foreach (System.Text.RegularExpressions.Match match in TypeAlias().Matches(text))
        {
            (aliases ??= new HashSet<string>(StringComparer.Ordinal)).Add(match.Groups["name"].Value);
        }
        return aliases ?? NoAliases;
    }

    /// <summary>A line binding a name to a subscripted typing construct, or annotated as a TypeAlias, or a type statement.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(
        @"^(?:type\s+(?<name>[A-Za-z_]\w*)\b[^=\n]*=|(?<name>[A-Za-z_]\w*)[ \t]*(?::[ \t]*(?:\w+\.)?TypeAlias[ \t]*=|=[ \t]*(?:(?:typing|t|typing_extensions)\.)?(?:Union|Optional|Literal|Callable|Dict|List|Tuple|Type|Set|FrozenSet|Iterable|Iterator|Sequence|Mapping|Annotated|dict|list|tuple|type|set|frozenset)\[))",
        System.Text.RegularExpressions.RegexOptions.Multiline, 1000)]
    private static partial System.Text.RegularExpressions.Regex TypeAlias();

    private static string ModuleNameOf(string path)
    {
        var normalized = path.Replace('\\', '/');
        var file = normalized[(normalized.LastIndexOf('/') + 1)..];
        var stem = file.EndsWith(".py", StringComparison.Ordinal) ? file[..^3] : file;
        if (stem != "__init__")
        {
            return stem;
        }
        var folder = normalized.LastIndexOf('/') is var slash and > 0 ? normalized[..slash] : "";
        return folder[(folder.LastIndexOf('/') + 1)..];
    }
}
