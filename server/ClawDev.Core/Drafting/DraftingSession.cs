using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting.Grounding;
using ClawDev.Core.Library;
using ClawDev.Core.Python;
using ClawDev.Core.Rules;

namespace ClawDev.Core.Drafting;

/// <summary>Everything drafting in one file shares: the module, its rule facts, the style, quotes and grounding sources.</summary>
internal sealed class DraftingSession
{
    private const string DefaultQuote = "\"\"\"";
    private readonly Dictionary<Definition, DefinitionFacts> _facts = [];
    private readonly ParameterDescriptionIndex _index;
    private readonly ProjectFacts? _project;
    private readonly ICommittedFiles? _committed;
    private PythonModule? _committedModule;
    private bool _committedRead;
    private ModuleDocumentation? _local;
    private BaseClassResolver? _resolver;

    public DraftingSession(PythonModule module, string relativePath, FileSettings settings, DraftingOptions options)
    {
        Module = module;
        RelativePath = relativePath;
        Settings = settings;
        Options = options;
        ModuleFacts = ModuleFacts.Create(module, relativePath, settings, options.ModuleName);
        foreach (var facts in DefinitionFacts.Collect(ModuleFacts))
        {
            _facts[facts.Definition] = facts;
        }
        Style = DraftStyle.ForFile(options.Style, options.FileStyleFirst, module) ?? settings.Style ?? settings.Convention switch
        {
            Convention.NumPy => DocstringStyle.NumPy,
            Convention.Pep257 => DocstringStyle.Plain,
            _ => DocstringStyle.Google,
        };
        Quote = options.Quote ?? DominantQuote(module);
        _index = options.Descriptions ?? new ParameterDescriptionIndex();
        _project = options.Project;
        _committed = options.Committed;
    }

    public PythonModule Module { get; }

    public string Text => Module.Text;

    public string RelativePath { get; }

    public FileSettings Settings { get; }

    /// <summary>The options it was made with, for a session over an edited copy of the text.</summary>
    public DraftingOptions Options { get; }

    public ModuleFacts ModuleFacts { get; }

    /// <summary>The style new docstrings are written in.</summary>
    public DocstringStyle Style { get; }

    /// <summary>How drafted prose is filled: to the project's configured line length, else to what the file shows
    /// (<see cref="Editing.SourceLayout.TextWidth"/>); as whole paragraphs where the project restyles docstrings with
    /// doc-builder (<see cref="FileSettings.FillsDocstringParagraphs"/>).</summary>
    public Writing.ProseFill Fill => _fill ??= new(Settings.LineLength ?? Editing.SourceLayout.TextWidth(Module.Text), Settings.FillsDocstringParagraphs);

    private Writing.ProseFill? _fill;

    public string Quote { get; }

    public DefinitionFacts FactsOf(Definition definition) =>
        _facts.TryGetValue(definition, out var facts)
            ? facts
            : throw new ArgumentException($"{definition} is not a definition of this module", nameof(definition));

    public ParsedDocstring Parse(Docstring docstring) => DocstringParser.Parse(Text, docstring, Style);

    private ModuleDocumentation Local => _local ??= ModuleDocumentation.Extract(RelativePath, Module, Style);

    /// <summary>
    /// <paramref name="writer"/>, its entries laid out as the file's entries of its family (Google's and Hugging
    /// Face's, NumPy's, or Sphinx fields) are — typed or not, how "optional" is written, where defaults are stated: a
    /// docstring without entries of its own gets its first ones like its neighbours in the file (pydantic's untyped
    /// "x: Text.", beside annotations). When the file shows no habit, Google entries start their descriptions below their
    /// names where most of the workspace's do (optuna), and entries leave the type out where most of the
    /// workspace's do (click's ":param silent:" without a ":type" field, pydantic's "name_error: Text."). The writer
    /// itself for other styles.
    /// </summary>
    /// <param name="oneEntry">The list will have one entry: where the file's docstrings of one entry have their own habit
    /// (attrs' "cls (type): Class to introspect." on one line, its longer lists' descriptions below), it is theirs.</param>
    public Writing.StyleWriter LaidOutLikeTheFile(Writing.StyleWriter writer, bool oneEntry = false)
    {
        if (writer.LayoutPreset is not { } preset)
        {
            return writer;
        }
        if (((oneEntry ? EntryHabit(Family(writer.Style), oneEntry: true) : null) ?? EntryHabit(Family(writer.Style), oneEntry: false)) is { } habit)
        {
            return writer.LaidOut(habit);
        }
        if (!_workspaceHabitsRead)
        {
            (_entriesWriteTypes, _googleDescriptionsBelow, _workspaceHabitsRead) = (_index.EntriesWriteTypes(Local), _index.GoogleDescriptionsBelow(Local), true);
        }
        var laidOut = preset.Typed && _entriesWriteTypes == false ? preset with { Typed = false } : preset;
        if (writer.Style == DocstringStyle.Google && _googleDescriptionsBelow is { } below)
        {
            laidOut = laidOut with { DescriptionBelow = below };
        }
        return laidOut == preset ? writer : writer.LaidOut(laidOut);
    }

    private bool? _entriesWriteTypes;
    private bool? _googleDescriptionsBelow;
    private bool _workspaceHabitsRead;

    /// <summary>The family a style's entries are measured with: Hugging Face's entries are Google's, laid out otherwise.</summary>
    private static DocstringStyle Family(DocstringStyle style) => style == DocstringStyle.HuggingFace ? DocstringStyle.Google : style;

    /// <summary>How the file's entries of one family are laid out, in all its docstrings or in those of one entry; null
    /// when it has too few. Measured once per family and kind.</summary>
    private Writing.EntryLayout? EntryHabit(DocstringStyle family, bool oneEntry) =>
        (_entryHabits ??= []).TryGetValue((family, oneEntry), out var habit) ? habit : _entryHabits[(family, oneEntry)] = MeasureEntryHabit(family, oneEntry);

    private Dictionary<(DocstringStyle, bool), Writing.EntryLayout?>? _entryHabits;

    private const int MinimumDocstringsForAHabit = 2;

    private Writing.EntryLayout? MeasureEntryHabit(DocstringStyle family, bool oneEntry)
    {
        var entries = new List<DocEntry>();
        var typings = new Dictionary<DocEntry, Signature.ParameterTyping?>(ReferenceEqualityComparer.Instance);
        var docstrings = 0;
        foreach (var definition in Module.AllDefinitions())
        {
            if (definition.Docstring is not { } docstring || Parse(docstring) is not { } parsed
                || Family(parsed.Style) != family)
            {
                continue;
            }
            var before = entries.Count;
            var signature = (definition.IsClass ? definition.Children.FirstOrDefault(static c => c.Name == "__init__" && c.Kind == DefinitionKind.Function) : definition)?.Parameters ?? [];
            foreach (var section in parsed.Sections)
            {
                if (section.Kind is not (SectionKind.Parameters or SectionKind.KeywordArguments))
                {
                    continue;
                }
                foreach (var entry in section.Entries)
                {
                    // Sphinx entries are their fields; another family's entry has none.
                    if ((entry.Fields.Count > 0) == (family == DocstringStyle.Sphinx) && entry.Name is { } name)
                    {
                        entries.Add(entry);
                        var parameter = signature.FirstOrDefault(p => p.Name == name.TrimStart('*'));
                        typings[entry] = parameter is null ? null : Signature.ParameterTyping.Of(parameter);
                    }
                }
            }
            if (oneEntry && entries.Count - before > 1)
            {
                entries.RemoveRange(before, entries.Count - before);
            }
            docstrings += entries.Count > before ? 1 : 0;
        }
        // One other docstring is one author's choice, not yet the file's habit.
        if (docstrings < MinimumDocstringsForAHabit)
        {
            return null;
        }
        var preset = family switch
        {
            DocstringStyle.NumPy => Writing.EntryLayout.NumPy,
            DocstringStyle.Sphinx => Writing.EntryLayout.Sphinx,
            _ => Style == DocstringStyle.HuggingFace ? Writing.EntryLayout.HuggingFace : Writing.EntryLayout.Google,
        };
        return Writing.EntryLayout.Measure(Text, entries, preset, e => typings[e]);
    }

    public Grounding.Grounding GroundingFor(DefinitionFacts target)
    {
        var definition = target.Definition;
        var inherited = Inherited(definition);
        var companion = definition.IsClass ? target.Constructor()?.Definition : target.IsInit ? target.Parent?.Definition : null;
        var body = target.SignatureOwner()?.Definition ?? definition;
        // Read only when a parameter gets that far: most drafts find an entry first.
        var ownProse = new[] { definition, companion }.SelectMany(ProseOf);
        var search = new EvidenceSearch(
            _index,
            Local,
            inherited,
            CopyOriginOf(definition),
            definition.QualifiedName,
            companion?.QualifiedName,
            Module.Lines.LineOf(definition.NameSpan.Start) + 1,
            // A backslash in borrowed text must not change an existing literal's prefix, outside the new entries.
            !TakesRawPrefix(definition.Docstring) && !TakesRawPrefix(companion?.Docstring),
            (name, starred) => CallSites.Receiving(Text, body.HeaderColonOffset < 0 ? body.Span.Start : body.HeaderColonOffset, body.Span.End, name, starred),
            name => CallSites.StoredAs(Text, body.HeaderColonOffset < 0 ? body.Span.Start : body.HeaderColonOffset, body.Span.End, name),
            new Resemblance(
                definition.QualifiedName,
                (target.SignatureOwner()?.Definition.Parameters ?? []).Select(static p => p.Name).Where(static n => n is not ("self" or "cls")).ToHashSet(StringComparer.Ordinal),
                Local.Parameters.Where(r => r.Symbol == definition.QualifiedName || r.Symbol == companion?.QualifiedName),
                ownProse.Select(static s => s.Text)),
            ownProse,
            name => ProseByParameter.TryGetValue(name, out var sentences) ? sentences.Where(s => s.Symbol != definition.QualifiedName && s.Symbol != companion?.QualifiedName) : [],
            name => SignatureKind(target.SignatureOwner()?.Definition.Parameters.FirstOrDefault(p => p.Name == name)));
        return new Grounding.Grounding(definition.QualifiedName, search, inherited, definition.IsClass, Family(Style) == DocstringStyle.Google ? AsTheRepositoryWrites : null);
    }

    /// <summary>
    /// What a parameter's signature says of its kind: its annotation and the kind of its default ("None", a literal's
    /// type, "expression"); null where it gives no type (no annotation, and no default or one of None or an expression).
    /// </summary>
    private static string? SignatureKind(Parameter? parameter)
    {
        var defaultKind = parameter?.Default switch
        {
            null => "",
            "None" => "None",
            var literal => Signature.LiteralType.Of(literal) ?? "expression",
        };
        return parameter is null || (parameter.Annotation is null && defaultKind is "" or "None" or "expression") ? null : $"{parameter.Annotation}={defaultKind}";
    }

    /// <summary>
    /// An annotation's type as the repository's Google-family entries write types: a union in words where they write
    /// unions so (<see cref="Grounding.ParameterDescriptionIndex.UnionsInWords"/>), a class as the doc-builder link they
    /// write for it ("[`~utils.ProjectConfiguration`]"); null where neither applies.
    /// </summary>
    private string? AsTheRepositoryWrites(string type, bool optional)
    {
        var words = (_unionsInWords ??= _index.UnionsInWords(Local)) ? Writing.TypeNotation.InWords(type, optional) : null;
        var code = words ?? $"`{type}`";
        var linked = Writing.TypeNotation.Linked(code, name => _index.TypeLink(name, Local) ?? LinkedLikeItsImportSiblings(name));
        return linked != code ? linked : words;
    }

    /// <summary>
    /// The doc-builder link for a class no entry writes yet, as the entries link the classes the file imports from the
    /// same module: accelerate's accelerator.py imports DeepSpeedPlugin and FullyShardedDataParallelPlugin from
    /// <c>.utils</c>, its entries write "[`~utils.DeepSpeedPlugin`]" and "[`~utils.RNGType`]", so a new
    /// entry writes "[`~utils.FullyShardedDataParallelPlugin`]": the prefix most of those links write, two at least; else null.
    /// </summary>
    private string? LinkedLikeItsImportSiblings(string name)
    {
        if (Module.Imports.FirstOrDefault(i => i.Name == name && i.LocalName == name) is not { } import)
        {
            return null;
        }
        var prefixes = Module.Imports
            .Where(i => i.Module == import.Module && i.Name is { } sibling && sibling != name && sibling == i.LocalName)
            .Select(i => _index.TypeLink(i.Name!, Local) is { } link && link.StartsWith("[`", StringComparison.Ordinal) && link.EndsWith($".{i.Name}`]", StringComparison.Ordinal)
                ? link[2..^(i.Name!.Length + 2)]
                : null)
            .OfType<string>()
            .ToList();
        // Most of them, two at least: accelerate re-exports DistributedType from .utils and links it to its home, "~state.".
        return prefixes.GroupBy(static p => p, StringComparer.Ordinal).MaxBy(static g => g.Count()) is { } most && most.Count() >= 2 && 2 * most.Count() > prefixes.Count
            ? $"[`{most.Key}{name}`]"
            : null;
    }

    private bool? _unionsInWords;

    /// <summary>The prose sentences of the file's documented functions, under each name among their parameters; made once per file.</summary>
    private Dictionary<string, List<ProseSentence>> ProseByParameter => _proseByParameter ??= CollectProseByParameter();

    private Dictionary<string, List<ProseSentence>>? _proseByParameter;

    private Dictionary<string, List<ProseSentence>> CollectProseByParameter()
    {
        var byParameter = new Dictionary<string, List<ProseSentence>>(StringComparer.Ordinal);
        foreach (var function in Module.AllDefinitions().Where(static d => d.Kind == DefinitionKind.Function && d.Docstring is not null))
        {
            var sentences = OwnProse.Of(Module, function, Parse(function.Docstring!), withSummary: false);
            foreach (var parameter in function.Parameters)
            {
                (byParameter.TryGetValue(parameter.Name, out var list) ? list : byParameter[parameter.Name] = []).AddRange(sentences);
            }
        }
        return byParameter;
    }

    /// <summary>The sentences of a definition's docstring prose; none without a docstring.</summary>
    private IEnumerable<ProseSentence> ProseOf(Definition? definition) =>
        definition?.Docstring is { } docstring ? OwnProse.Of(Module, definition, Parse(docstring)) : [];

    private bool TakesRawPrefix(Docstring? docstring) => docstring is not null && Editing.DocstringLiteral.TakesRawPrefixForBackslash(Text, docstring);

    /// <summary>
    /// Where the definition's text is copied from (a <c># Copied from</c> mark above it or an enclosing class, whose
    /// origin is in this repository), or null.
    /// </summary>
    private CopySource? CopyOriginOf(Definition definition) =>
        _project?.CopyOf(ModuleFacts.DottedName, definition.QualifiedName) is { InRepository: { } origin, Mark: var mark } && _project.PathOf(origin.Module) is { } path
            ? new CopySource(path, origin.Qualified, mark)
            : null;

    /// <summary>The file as last committed, read once when first asked for; null when unknown.</summary>
    public PythonModule? Committed
    {
        get
        {
            if (!_committedRead)
            {
                _committedRead = true;
                _committedModule = _committed?.TextOf(RelativePath) is { } text ? PythonParser.Parse(text) : null;
            }
            return _committedModule;
        }
    }

    /// <summary>Whether new docstrings of several lines start their summary on the line after the quotes, as most of the repository's do.</summary>
    public bool SummaryOnSecondLine => _summaryOnSecondLine ??= _index.SummaryOnSecondLine(Local);

    private bool? _summaryOnSecondLine;

    /// <summary>The base-class documentation a method (or a class's constructor) would inherit, or null.</summary>
    public InheritedDocumentation? Inherited(Definition definition)
    {
        _resolver ??= new BaseClassResolver(_index, Local, Text);
        return definition.IsClass || definition.IsMethod ? _resolver.Find(definition) : null;
    }

    /// <summary>The triple quote most docstrings of the file use.</summary>
    private static string DominantQuote(PythonModule module)
    {
        int doubleQuotes = 0, singleQuotes = 0;
        foreach (var docstring in module.AllDefinitions().Select(static d => d.Docstring).Append(module.Docstring))
        {
            if (docstring?.Quote == "'''")
            {
                singleQuotes++;
            }
            else if (docstring?.Quote == DefaultQuote)
            {
                doubleQuotes++;
            }
        }
        return singleQuotes > doubleQuotes ? "'''" : DefaultQuote;
    }
}
