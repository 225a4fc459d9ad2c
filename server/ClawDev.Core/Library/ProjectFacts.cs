using System.Globalization;
using ClawDev.Core.Python;

namespace ClawDev.Core.Library;

/// <summary>A definition (or module) of the repository: its module and qualified name ("" for the module itself).</summary>
public readonly record struct Symbol(string Module, string Qualified)
{
    public override string ToString() => Qualified.Length == 0 ? Module : $"{Module}.{Qualified}";
}

/// <summary>A module of the library: its file, relative to the root, and its outline.</summary>
public sealed record ModuleFile(string Path, ModuleOutline Outline);

/// <summary>A copy of a definition elsewhere in the repository (see <see cref="CopyMark"/>).</summary>
/// <param name="Path">The copy's file, relative to the root.</param>
/// <param name="Symbol">The copy itself.</param>
/// <param name="Mark">The mark that makes it a copy (its replacements turn the origin's text into the copy's).</param>
/// <param name="Line">0-based line of the copy's def/class keyword.</param>
/// <param name="Of">What it is a copy of directly: the origin, or for a copy of a copy, that copy.</param>
public sealed record CopyLocation(string Path, Symbol Symbol, CopyMark Mark, int Line, Symbol Of);

/// <summary>What a copy mark above a definition (or above one of its enclosing classes) makes of it.</summary>
/// <param name="Origin">The dotted path of the original object, as the mark names it (with nested names mapped back).</param>
/// <param name="InRepository">The origin resolved in this repository, or null when it is outside (another library)
/// or names nothing.</param>
/// <param name="IsOutside">The origin belongs to another library: the fix belongs upstream there.</param>
/// <param name="OriginIsDocumented">The origin in this repository has a docstring (so <c>make fix-copies</c> would
/// give the copy one).</param>
public sealed record CopyOrigin(string Origin, Symbol? InRepository, bool IsOutside, bool OriginIsDocumented, CopyMark Mark);

/// <summary>
/// What the repository says as a whole, beyond any one file: which objects its documentation pages render and its
/// packages export (<see cref="Exposure"/>), which methods inherit documentation from a base class (in the
/// repository, or a framework hook), which definitions are copies of which (<see cref="CopyMark"/>), and its habits
/// (does it document modules, magic methods, __init__ methods?). Built from the outlines of the library's modules
/// and its documentation pages; immutable.
/// </summary>
public sealed class ProjectFacts
{
    /// <summary>A habit counts when at least this share of the library's definitions of that kind follow it.</summary>
    public const double HabitThreshold = 0.5;

    private const int MaxResolutionDepth = 12;

    private readonly Dictionary<string, ModuleOutline> _modules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pathOfModule = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, OutlinedDefinition>> _definitions = new(StringComparer.Ordinal);
    // Per module: its imports by the name they bind, its lazy exports by name, and the modules it star-imports.
    // Resolving a package's hundreds of exported names otherwise walks all of its imports and exports for each one.
    private readonly Dictionary<string, Dictionary<string, List<ModuleImport>>> _importsByLocalName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, List<LazyExport>>> _lazyExportsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _starSources = new(StringComparer.Ordinal);
    private readonly HashSet<Symbol> _rendered = [];
    private readonly HashSet<Symbol> _renderedWithMembers = [];
    private readonly HashSet<Symbol> _exported = [];
    private readonly Dictionary<Symbol, List<CopyLocation>> _copies = [];
    // Most modules hold no copy and no origin of one: every finding asks, and these answer without splitting names.
    private readonly HashSet<string> _modulesWithCopyMarks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _modulesWithOrigins = new(StringComparer.Ordinal);
    private readonly HashSet<Symbol> _cyclicCopies = [];
    private readonly HashSet<string> _packages;
    // Modules of the repository the facts are not built from (generated, excluded, beside the library).
    private readonly HashSet<string> _leftOut = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];

    private ProjectFacts(IEnumerable<string> packageNames) => _packages = new HashSet<string>(packageNames, StringComparer.Ordinal);

    /// <summary>Facts that know nothing: every object public, nothing inherited or copied, every habit kept.</summary>
    public static ProjectFacts Empty { get; } = new([]) { Habits = HabitMeasure.Unmeasured };

    /// <summary>The library's habits, measured over its modules.</summary>
    public HabitMeasure Habits { get; private set; } = HabitMeasure.Unmeasured;

    /// <summary>What the user should know: pages that render nothing known, copy marks naming nothing, cycles.</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <param name="modules">Each analysed module's path (relative to the root) and outline.</param>
    /// <param name="pages">The objects the documentation pages render.</param>
    /// <param name="packageNames">The library's top-level package names (what copy marks and page names are relative to).</param>
    /// <param name="leftOutModules">Modules of the repository without an outline (generated or excluded files, files
    /// beside the library): a page rendering an object of theirs is noted as such, not as naming nothing.</param>
    public static ProjectFacts Build(IEnumerable<ModuleFile> modules, IReadOnlyList<DocReference> pages, IEnumerable<string> packageNames, IEnumerable<string>? leftOutModules = null)
    {
        var facts = new ProjectFacts(packageNames);
        facts._leftOut.UnionWith(leftOutModules ?? []);
        foreach (var (path, outline) in modules)
        {
            facts._modules[outline.ModuleName] = outline;
            facts._pathOfModule[outline.ModuleName] = path;
            var definitions = new Dictionary<string, OutlinedDefinition>(StringComparer.Ordinal);
            foreach (var definition in outline.Definitions)
            {
                definitions[definition.QualifiedName] = definition;
            }
            facts._definitions[outline.ModuleName] = definitions;
            facts.IndexImportsAndExports(outline);
        }
        foreach (var name in facts._modules.Keys)
        {
            facts._packages.Add(name.IndexOf('.') is var dot and >= 0 ? name[..dot] : name);
        }
        facts.CollectExports();
        facts.CollectRendered(pages);
        facts.CollectCopies();
        facts.Habits = HabitMeasure.Of(facts._modules.Values);
        return facts;
    }

    // Loops rather than LINQ's ToLookup, Where and Select: their generic code over these types was set up at every start.
    private void IndexImportsAndExports(ModuleOutline outline)
    {
        var imports = new Dictionary<string, List<ModuleImport>>(StringComparer.Ordinal);
        var starSources = new List<string>();
        foreach (var import in outline.Imports)
        {
            if (import.Name == "*")
            {
                starSources.Add(outline.Absolute(import.Module));
            }
            else
            {
                Add(imports, import.LocalName, import);
            }
        }
        var lazyExports = new Dictionary<string, List<LazyExport>>(StringComparer.Ordinal);
        foreach (var export in outline.LazyExports)
        {
            Add(lazyExports, export.Name, export);
        }
        _importsByLocalName[outline.ModuleName] = imports;
        _lazyExportsByName[outline.ModuleName] = lazyExports;
        _starSources[outline.ModuleName] = [.. starSources];
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T item)
    {
        if (!index.TryGetValue(key, out var items))
        {
            index[key] = items = [];
        }
        items.Add(item);
    }

    /// <summary>The imports of <paramref name="module"/> that bind <paramref name="name"/>, in source order.</summary>
    private IReadOnlyList<ModuleImport> ImportsBinding(string module, string name) =>
        _importsByLocalName[module].TryGetValue(name, out var imports) ? imports : [];

    /// <summary>The lazy-import table entries of <paramref name="module"/> that export <paramref name="name"/>.</summary>
    private IReadOnlyList<LazyExport> LazyExportsOf(string module, string name) =>
        _lazyExportsByName[module].TryGetValue(name, out var exports) ? exports : [];

    /// <summary>How exposed the definition <paramref name="qualified"/> of <paramref name="module"/> is ("" for the module).</summary>
    public Exposure ExposureOf(string module, string qualified)
    {
        var symbol = new Symbol(module, qualified);
        if (_rendered.Contains(symbol) || RenderedAsMember(symbol))
        {
            return Exposure.Rendered;
        }
        if (qualified.Length == 0)
        {
            return Exposure.Public;
        }
        var dot = qualified.IndexOf('.');
        var top = dot < 0 ? qualified : qualified[..dot];
        return _exported.Contains(new Symbol(module, top)) && MembersArePublic(qualified, dot) ? Exposure.Exported : Exposure.Public;
    }

    /// <summary>Whether every dotted part of <paramref name="qualified"/> after the first (which ends at <paramref name="dot"/>) is a public member name.</summary>
    private static bool MembersArePublic(string qualified, int dot)
    {
        while (dot >= 0)
        {
            var next = qualified.IndexOf('.', dot + 1);
            if (!IsPublicMember(qualified.AsSpan(dot + 1, (next < 0 ? qualified.Length : next) - dot - 1)))
            {
                return false;
            }
            dot = next;
        }
        return true;
    }

    /// <summary>A member of a rendered class (or module) whose members the page shows by default: its public
    /// methods (undocumented ones would show once documented) and __init__, whose parameters the page lists.</summary>
    private bool RenderedAsMember(Symbol symbol)
    {
        var dot = symbol.Qualified.LastIndexOf('.');
        var name = symbol.Qualified.AsSpan(dot + 1);
        // Asked of every finding: the parent's name is made only where a page renders something (what is rendered with
        // its members is rendered too) and the member could be shown at all.
        if (dot < 0 || _rendered.Count == 0 || !IsPublicMember(name))
        {
            return false;
        }
        var parent = symbol with { Qualified = symbol.Qualified[..dot] };
        return (name is "__init__" && _rendered.Contains(parent)) || _renderedWithMembers.Contains(parent);
    }

    /// <summary>The first private part of a dotted module name ("_commit_api"), or null for a public module.</summary>
    public static string? PrivateSegment(string module) =>
        module.Split('.').FirstOrDefault(part => part.StartsWith('_') && !(part.StartsWith("__", StringComparison.Ordinal) && part.EndsWith("__", StringComparison.Ordinal)));

    private static bool IsPublicMember(ReadOnlySpan<char> name) => !name.StartsWith('_') || name is "__init__" or "__call__";

    /// <summary>
    /// Where the method <paramref name="method"/> of class <paramref name="classQualified"/> gets its documentation
    /// when it overrides a documented method: a base class of the repository that documents it ("pkg.base.Base.run"),
    /// or a framework hook ("transformers.Trainer.compute_loss"); null when no base documents it.
    /// </summary>
    public string? InheritedDocumentation(string module, string classQualified, string method)
    {
        var seen = new HashSet<Symbol>();
        return InheritedDocumentation(new Symbol(module, classQualified), method, seen);
    }

    /// <summary>
    /// Where the field <paramref name="field"/> of the dataclass <paramref name="classQualified"/> is documented when it
    /// redefines a field of a base class (a new default, typically): a base class of the repository whose docstring has
    /// an entry for it, or a framework class that documents it (transformers.TrainingArguments); else null.
    /// </summary>
    public string? InheritedField(string module, string classQualified, string field) =>
        InheritedMember(new Symbol(module, classQualified), new HashSet<Symbol>(), (@base, definitions) =>
            definitions[@base.Qualified].DocumentedParameters.Contains(field) ? $"{@base}.{field}" : null,
            dotted => FrameworkHooks.DocumentsField(dotted, field));

    /// <summary>Whether the repository's class takes its fields as parameters (a dataclass: no <c>__init__</c> of its own).</summary>
    public bool TakesFieldsAsParameters(Symbol @class) =>
        IsClass(@class) && !_definitions[@class.Module].ContainsKey($"{@class.Qualified}.__init__");

    /// <summary>Whether the repository's definition is a class.</summary>
    public bool IsClass(Symbol symbol) =>
        _definitions.TryGetValue(symbol.Module, out var definitions) && definitions.TryGetValue(symbol.Qualified, out var definition) && definition.IsClass;

    private string? InheritedDocumentation(Symbol @class, string method, HashSet<Symbol> seen) =>
        InheritedMember(@class, seen, (@base, definitions) =>
            definitions.TryGetValue($"{@base.Qualified}.{method}", out var overridden) && overridden.IsDocumented ? $"{@base}.{method}" : null,
            dotted => FrameworkHooks.Documents(dotted, method));

    /// <summary>Walks the base classes of <paramref name="class"/> (the repository's, then the framework's) until
    /// one documents the member.</summary>
    private string? InheritedMember(Symbol @class, HashSet<Symbol> seen, Func<Symbol, Dictionary<string, OutlinedDefinition>, string?> inRepository, Func<string, string?> inFramework)
    {
        if (!seen.Add(@class) || seen.Count > MaxResolutionDepth
            || !_definitions.TryGetValue(@class.Module, out var definitions)
            || !definitions.TryGetValue(@class.Qualified, out var definition))
        {
            return null;
        }
        foreach (var written in definition.Bases)
        {
            if (written.Contains('='))
            {
                continue; // metaclass=…, total=False
            }
            var name = written.Split('[', '(')[0].Trim();
            var dotted = AbsoluteName(@class.Module, name);
            if (Resolve(dotted) is { } @base && _definitions.TryGetValue(@base.Module, out var baseDefinitions) && baseDefinitions.ContainsKey(@base.Qualified))
            {
                if ((inRepository(@base, baseDefinitions) ?? InheritedMember(@base, seen, inRepository, inFramework)) is { } found)
                {
                    return found;
                }
            }
            else if (inFramework(dotted) is { } hook)
            {
                return hook;
            }
        }
        return null;
    }

    /// <summary>What the copy mark above <paramref name="qualified"/> (or above an enclosing class) makes of it; null
    /// when it is not a copy.</summary>
    public CopyOrigin? CopyOf(string module, string qualified)
    {
        if (!_modulesWithCopyMarks.Contains(module) || !_definitions.TryGetValue(module, out var definitions))
        {
            return null;
        }
        var parts = qualified.Split('.');
        for (var length = parts.Length; length >= 1; length--)
        {
            var ancestor = string.Join('.', parts[..length]);
            if (!definitions.TryGetValue(ancestor, out var definition) || definition.CopiedFrom is not { } mark || _cyclicCopies.Contains(new Symbol(module, ancestor)))
            {
                continue;
            }
            var inner = string.Join('.', parts[length..]);
            var origin = inner.Length == 0 ? mark.Origin : $"{mark.Origin}.{mark.ToOrigin(inner)}";
            var isOutside = !_packages.Contains(mark.Origin.Split('.')[0]);
            var resolved = isOutside ? null : Resolve(origin);
            return new CopyOrigin(origin, resolved, isOutside, resolved is { } found && IsDocumented(found), mark);
        }
        return null;
    }

    /// <summary>The copies of <paramref name="origin"/> in this repository: copies marked on it, the members of copies
    /// of an enclosing class (a method of a copied class is a copy of the origin's method), and copies of copies.</summary>
    public IReadOnlyList<CopyLocation> CopiesOf(Symbol origin)
    {
        if (!_modulesWithOrigins.Contains(origin.Module))
        {
            return [];
        }
        var all = new List<CopyLocation>();
        var pending = new Queue<Symbol>([origin]);
        var seen = new HashSet<Symbol> { origin };
        while (pending.Count > 0 && all.Count < 1000)
        {
            foreach (var copy in DirectCopiesOf(pending.Dequeue()))
            {
                if (seen.Add(copy.Symbol))
                {
                    all.Add(copy);
                    pending.Enqueue(copy.Symbol);
                }
            }
        }
        return all;
    }

    private IEnumerable<CopyLocation> DirectCopiesOf(Symbol origin)
    {
        var parts = origin.Qualified.Split('.');
        for (var length = parts.Length; length >= 1; length--)
        {
            var ancestor = origin with { Qualified = string.Join('.', parts[..length]) };
            foreach (var copy in _copies.GetValueOrDefault(ancestor) ?? [])
            {
                if (length == parts.Length)
                {
                    yield return copy;
                    continue;
                }
                var member = $"{copy.Symbol.Qualified}.{copy.Mark.ToCopy(string.Join('.', parts[length..]))}";
                if (_definitions[copy.Symbol.Module].TryGetValue(member, out var definition))
                {
                    yield return copy with { Symbol = copy.Symbol with { Qualified = member }, Line = definition.Line, Of = origin };
                }
            }
        }
    }

    /// <summary>The file of a module of the library, relative to the root, or null.</summary>
    public string? PathOf(string module) => _pathOfModule.GetValueOrDefault(module);

    /// <summary>The family of the class's first base, when the library documents fewer than half of its subclasses
    /// (<see cref="HabitMeasure.UndocumentedSubclassFamily"/>); null otherwise or for an unknown class.</summary>
    public (string Base, Share Share)? UndocumentedSubclassFamily(string module, string qualified) =>
        _definitions.TryGetValue(module, out var definitions) && definitions.TryGetValue(qualified, out var @class) && @class.IsClass
            ? Habits.UndocumentedSubclassFamily(@class)
            : null;

    /// <summary>Whether the definition exists and is documented (a docstring, or the conventions supply one).</summary>
    public bool IsDocumented(Symbol symbol) =>
        _definitions.TryGetValue(symbol.Module, out var definitions) && definitions.TryGetValue(symbol.Qualified, out var definition) && definition.IsDocumented;

    /// <summary>
    /// The repository's object an absolute dotted path names, following re-exports (imports in packages, lazy-import
    /// tables, star imports): "trl.GRPOTrainer" → trl.trainer.grpo_trainer.GRPOTrainer. Null when it names nothing
    /// in the repository.
    /// </summary>
    public Symbol? Resolve(string dotted) => Resolve(dotted, 0);

    private Symbol? Resolve(string dotted, int depth)
    {
        if (depth > MaxResolutionDepth)
        {
            return null;
        }
        // The longest dotted prefix that names a module; the rest names something inside it.
        var modules = _modules.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var end = dotted.Length; end > 0; end = dotted.LastIndexOf('.', end - 1))
        {
            if (modules.TryGetValue(dotted.AsSpan(0, end), out var module, out _))
            {
                return end == dotted.Length ? new Symbol(module, "") : Member(module, dotted[(end + 1)..].Split('.'), depth);
            }
        }
        return null;
    }

    /// <summary>The object <paramref name="rest"/> (a dotted name) names inside <paramref name="module"/>.</summary>
    private Symbol? Member(string module, string[] rest, int depth)
    {
        if (depth > MaxResolutionDepth || !_modules.TryGetValue(module, out var outline))
        {
            return null;
        }
        var first = rest[0];
        if (_definitions[module].ContainsKey(first))
        {
            var qualified = string.Join('.', rest);
            return _definitions[module].ContainsKey(qualified) ? new Symbol(module, qualified) : null;
        }
        var submodule = $"{module}.{first}";
        if (_modules.ContainsKey(submodule))
        {
            return rest.Length == 1 ? new Symbol(submodule, "") : Member(submodule, rest[1..], depth + 1);
        }
        foreach (var import in ImportsBinding(module, first))
        {
            var source = outline.Absolute(import.Module);
            var target = import.Name is null ? source : $"{source}.{import.Name}";
            if (Resolve(rest.Length == 1 ? target : $"{target}.{string.Join('.', rest[1..])}", depth + 1) is { } imported)
            {
                return imported;
            }
        }
        foreach (var export in LazyExportsOf(module, first))
        {
            if (_modules.ContainsKey($"{module}.{export.Submodule}") && Member($"{module}.{export.Submodule}", rest, depth + 1) is { } lazy)
            {
                return lazy;
            }
        }
        foreach (var source in _starSources[module])
        {
            if (Member(source, rest, depth + 1) is { } starred)
            {
                return starred;
            }
        }
        return null;
    }

    /// <summary>A name as written in <paramref name="module"/> ("nn.Module", "Trainer") as an absolute dotted path,
    /// through the module's imports; a name the module defines is prefixed with the module.</summary>
    private string AbsoluteName(string module, string name)
    {
        var first = name.Split('.')[0];
        var rest = name.Length > first.Length ? name[first.Length..] : "";
        if (_definitions.TryGetValue(module, out var definitions) && definitions.ContainsKey(first))
        {
            return $"{module}.{name}";
        }
        if (_modules.TryGetValue(module, out var outline) && ImportsBinding(module, first) is [var import, ..])
        {
            var source = outline.Absolute(import.Module);
            return (import.Name is null ? (import.LocalName == import.Module.Split('.')[0] ? first : source) : $"{source}.{import.Name}") + rest;
        }
        return name;
    }

    /// <summary>__all__ of every public module, and what every public package's __init__ imports or lazily exports: a
    /// private package's exports (huggingface_hub's <c>inference._providers</c>) are its own business until a public
    /// package exports them in turn.</summary>
    private void CollectExports()
    {
        foreach (var outline in _modules.Values)
        {
            if (PrivateSegment(outline.ModuleName) is not null)
            {
                continue;
            }
            var names = new List<string>(outline.DunderAll ?? []);
            if (outline.IsPackage)
            {
                foreach (var import in outline.Imports)
                {
                    if (import.Name is not null and not "*" && IsOwnModule(outline.Absolute(import.Module)))
                    {
                        names.Add(import.LocalName);
                    }
                }
                foreach (var export in outline.LazyExports)
                {
                    names.Add(export.Name);
                }
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                if (seen.Add(name) && Member(outline.ModuleName, [name], 0) is { Qualified.Length: > 0 } symbol)
                {
                    _exported.Add(new Symbol(symbol.Module, symbol.Qualified.Split('.')[0]));
                }
            }
        }
    }

    private bool IsOwnModule(string dotted) => _packages.Contains(dotted.Split('.')[0]);

    /// <summary>Resolves each page's target (as written, then relative to each package) and marks what it shows.</summary>
    private void CollectRendered(IReadOnlyList<DocReference> pages)
    {
        var unresolved = new List<DocReference>();
        var leftOut = new List<DocReference>();
        var packages = _packages.ToArray();
        Array.Sort(packages, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var target = page.Target.TrimStart('~');
            if (ResolvePageTarget(target, packages) is not { } found)
            {
                (LeadsToLeftOutModule(target, packages) ? leftOut : unresolved).Add(page);
                continue;
            }
            _rendered.Add(found);
            if (page.Members is null)
            {
                _renderedWithMembers.Add(found);
                if (found.Qualified.Length == 0)
                {
                    AddModuleMembers(found.Module);
                }
            }
            else
            {
                foreach (var member in page.Members)
                {
                    _rendered.Add(found with { Qualified = found.Qualified.Length == 0 ? member : $"{found.Qualified}.{member}" });
                }
            }
        }
        if (leftOut.Count > 0 && _modules.Count > 0)
        {
            _notes.Add(string.Create(CultureInfo.InvariantCulture, $"{leftOut.Count} object(s) the documentation pages render are in files the scan leaves out (generated, excluded or beside the library; e.g. {Examples(leftOut)}): they have no findings to raise."));
        }
        if (unresolved.Count > 0 && _modules.Count > 0)
        {
            _notes.Add(string.Create(CultureInfo.InvariantCulture, $"{unresolved.Count} object(s) the documentation pages render name nothing in the library (e.g. {Examples(unresolved)}); they do not raise any finding's exposure."));
        }
    }

    private static string Examples(List<DocReference> pages) => string.Join(", ", pages.Take(3).Select(page => $"{page.Target} ({page.Source})"));

    /// <summary>
    /// Whether a page target that resolves to nothing leads into a module left out of the facts: it names one (or
    /// something in one), or the module it names re-exports the name from one (an import, a lazy-import table entry:
    /// huggingface_hub.AsyncInferenceClient comes from the generated inference._generated._async_client).
    /// </summary>
    private bool LeadsToLeftOutModule(string target, string[] packages)
    {
        if (_leftOut.Count == 0)
        {
            return false;
        }
        foreach (var candidate in packages.Select(package => $"{package}.{target}").Prepend(target))
        {
            if (InLeftOutModule(candidate))
            {
                return true;
            }
            var modules = _modules.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var end = candidate.LastIndexOf('.'); end > 0; end = candidate.LastIndexOf('.', end - 1))
            {
                if (modules.TryGetValue(candidate.AsSpan(0, end), out var module, out var outline))
                {
                    var name = candidate[(end + 1)..].Split('.')[0];
                    if (ImportsBinding(module, name).Any(import => InLeftOutModule(outline.Absolute(import.Module)))
                        || LazyExportsOf(module, name).Any(export => _leftOut.Contains($"{module}.{export.Submodule}")))
                    {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /// <summary>Whether the dotted path is a left-out module or names something inside one.</summary>
    private bool InLeftOutModule(string dotted)
    {
        for (var end = dotted.Length; end > 0; end = dotted.LastIndexOf('.', end - 1))
        {
            if (_leftOut.Contains(dotted[..end]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A page's target as written, else relative to each package in turn ("HfApi" in huggingface_hub).</summary>
    private Symbol? ResolvePageTarget(string target, string[] packages)
    {
        var symbol = Resolve(target);
        for (var i = 0; symbol is null && i < packages.Length; i++)
        {
            symbol = Resolve($"{packages[i]}.{target}");
        }
        return symbol;
    }

    /// <summary>A module rendered with its members (automodule :members:, ::: module): its public top-level definitions and their members.</summary>
    private void AddModuleMembers(string module)
    {
        foreach (var definition in _definitions[module].Values)
        {
            if (!definition.QualifiedName.Contains('.') && !definition.Name.StartsWith('_'))
            {
                _rendered.Add(new Symbol(module, definition.QualifiedName));
                _renderedWithMembers.Add(new Symbol(module, definition.QualifiedName));
            }
        }
    }

    /// <summary>Copies whose chain of origins comes back to themselves have no origin to fix: their marks are ignored
    /// (each reports its own gaps), with a note.</summary>
    private void DropCycles()
    {
        var originOf = new Dictionary<Symbol, Symbol>();
        foreach (var (origin, copies) in _copies)
        {
            foreach (var copy in copies)
            {
                originOf[copy.Symbol] = origin;
            }
        }
        foreach (var start in originOf.Keys)
        {
            var chain = new List<Symbol> { start };
            for (var current = start; originOf.TryGetValue(current, out var next) && chain.Count <= originOf.Count; current = next)
            {
                if (next == start)
                {
                    _cyclicCopies.UnionWith(chain);
                    break;
                }
                chain.Add(next);
            }
        }
        if (_cyclicCopies.Count == 0)
        {
            return;
        }
        foreach (var copies in _copies.Values)
        {
            copies.RemoveAll(copy => _cyclicCopies.Contains(copy.Symbol));
        }
        _notes.Add($"the copy marks of {string.Join(", ", _cyclicCopies.Select(symbol => symbol.ToString()).Order(StringComparer.Ordinal))} form a cycle: none of them is an origin, so each reports its own gaps.");
    }

    /// <summary>Every copy mark whose origin is in the repository, under the origin it names.</summary>
    private void CollectCopies()
    {
        var unresolved = new List<string>();
        foreach (var (module, definitions) in _definitions)
        {
            foreach (var definition in definitions.Values)
            {
                if (definition.CopiedFrom is not { } mark)
                {
                    continue;
                }
                _modulesWithCopyMarks.Add(module);
                if (!_packages.Contains(mark.Origin.Split('.')[0]))
                {
                    continue;
                }
                var copy = new Symbol(module, definition.QualifiedName);
                if (Resolve(mark.Origin) is { } origin && origin != copy)
                {
                    (_copies.TryGetValue(origin, out var list) ? list : _copies[origin] = []).Add(new CopyLocation(_pathOfModule[module], copy, mark, definition.Line, origin));
                    _modulesWithOrigins.Add(origin.Module);
                }
                else
                {
                    unresolved.Add($"{copy} (\"Copied from {mark.Origin}\")");
                }
            }
        }
        DropCycles();
        if (unresolved.Count > 0)
        {
            _notes.Add($"{unresolved.Count} copy mark(s) name nothing in the library (e.g. {string.Join(", ", unresolved.Take(3))}); their findings stay where they are, without an in-place fix.");
        }
    }
}

/// <summary>
/// The library's documentation habits: the share of its modules, packages, magic methods and __init__ methods that
/// have docstrings, and of its classes, methods and functions, and how many of its docstrings have parameter sections.
/// The contribution profile asks for a kind of docstring (D100, D104, D105, D107) and for parameter sections (CD401)
/// only where the library's own habit shows it (at least <see cref="ProjectFacts.HabitThreshold"/>), and for classes,
/// methods and functions unless the library documents almost none (<see cref="ApiHabitThreshold"/>).
/// </summary>
/// <param name="ParameterSections">Of the docstrings of public functions with parameters to document that say more
/// than a summary, how many have a parameter section (Args:, Parameters, :param fields), the class's counting for
/// __init__. Where fewer than half do, the library explains parameters in prose (CPython 5%, graphql 1%, jinja2 25%,
/// sympy 36%; trl 84%, huggingface_hub 78%): CD401's "no Args section" asks for what it does not write.</param>
/// <param name="Classes">Public classes with docstrings, of all public classes (D101).</param>
/// <param name="Methods">Public methods (not magic, not __init__) with docstrings, of all (D102).</param>
/// <param name="Functions">Public module-level functions with docstrings, of all (D103).</param>
public sealed record HabitMeasure(Share Modules, Share Packages, Share MagicMethods, Share InitMethods, Share ParameterSections, Share Classes, Share Methods, Share Functions)
{
    /// <summary>
    /// Classes, methods and functions are what a library documents first: they are asked for unless fewer than this
    /// share of their kind have docstrings (moto documents 7% of its methods, PyYAML 1%, pycparser 7%; trl 42%,
    /// huggingface_hub 72%), and even then where the documentation pages render them or the package exports them.
    /// </summary>
    public const double ApiHabitThreshold = 0.25;

    /// <summary>Fewer definitions of a kind than this say too little of a habit to withhold anything by it.</summary>
    public const int MinimumForAnApiHabit = 30;

    /// <summary>A method name the library gives this many methods or more, and documents none of, is a hook it
    /// leaves undocumented by habit (trl's ten data collators' <c>torch_call</c>, which transformers' mixin calls).</summary>
    public const int RepeatedMethodName = 3;

    /// <summary>Nothing measured: every habit counts as kept (a single file edited outside any index).</summary>
    public static HabitMeasure Unmeasured { get; } = new(Share.None, Share.None, Share.None, Share.None, Share.None, Share.None, Share.None, Share.None);

    /// <summary>Per public method name (magic and __init__ methods aside), how many of the library's methods so named have docstrings.</summary>
    private Dictionary<string, Tally> MethodNames { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Per family of public module-level function names (<see cref="Families"/>), how many have docstrings.</summary>
    private Dictionary<string, Tally> FunctionFamilies { get; init; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The prefixes of a visitor's methods, which its generic visit() calls by the node's name: ast.NodeVisitor's and
    /// pycparser's visit_Dict, docutils' visit_/depart_, graphql's and libcst's enter_/leave_. The library documents
    /// the visitor, rarely each method (jinja2 15 of 74, docutils 14 of 864, graphql 0 of 131).
    /// </summary>
    private static readonly string[] VisitorPrefixes = ["visit_", "depart_", "enter_", "leave_"];

    /// <summary>Per visitor prefix ("visit_*"), how many of the library's methods so named have docstrings.</summary>
    private Dictionary<string, Tally> VisitorMethods { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Per first base class, as its last dotted name ("TypedDict", "PydanticValueError"), how many of the
    /// library's public classes deriving from it have docstrings.</summary>
    private Dictionary<string, Tally> Subclasses { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Bases every kind of class has: their subclasses are no family.</summary>
    private static readonly HashSet<string> RootBases = new(StringComparer.Ordinal) { "object", "ABC", "Generic", "Protocol" };

    public static HabitMeasure Of(IEnumerable<ModuleOutline> modules)
    {
        int modulesTotal = 0, modulesDocumented = 0, packages = 0, packagesDocumented = 0, magic = 0, magicDocumented = 0, inits = 0, initsDocumented = 0;
        int parameterDocstrings = 0, parameterSections = 0, classesTotal = 0, classesDocumented = 0, methods = 0, methodsDocumented = 0, functions = 0, functionsDocumented = 0;
        var methodNames = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var functionFamilies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var visitorMethods = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var subclasses = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var outline in modules)
        {
            if (outline.IsPackage)
            {
                packages++;
                packagesDocumented += outline.HasDocstring ? 1 : 0;
            }
            else
            {
                modulesTotal++;
                modulesDocumented += outline.HasDocstring ? 1 : 0;
            }
            var classes = outline.Definitions.Where(definition => definition.IsClass).Select(definition => definition.QualifiedName).ToHashSet(StringComparer.Ordinal);
            foreach (var definition in outline.Definitions)
            {
                if (definition.HasParameterSection is { } hasSection)
                {
                    parameterDocstrings++;
                    parameterSections += hasSection ? 1 : 0;
                }
                if (definition.IsClass && !definition.Name.StartsWith('_'))
                {
                    classesTotal++;
                    classesDocumented += definition.IsDocumented ? 1 : 0;
                    if (FamilyBase(definition) is { } family)
                    {
                        Count(subclasses, family, definition.IsDocumented);
                    }
                }
                if (!definition.IsClass && definition.Parent.Length == 0 && !definition.Name.StartsWith('_'))
                {
                    functions++;
                    functionsDocumented += definition.IsDocumented ? 1 : 0;
                    foreach (var family in Families(definition.Name))
                    {
                        Count(functionFamilies, family, definition.IsDocumented);
                    }
                }
                if (definition.IsClass || !classes.Contains(definition.Parent))
                {
                    continue;
                }
                if (definition.IsMagic)
                {
                    magic++;
                    magicDocumented += definition.IsDocumented ? 1 : 0;
                }
                else if (definition.IsInit)
                {
                    inits++;
                    initsDocumented += definition.IsDocumented ? 1 : 0;
                }
                else if (!definition.Name.StartsWith('_'))
                {
                    // Private methods are never asked for a docstring: their names say nothing of a habit.
                    methods++;
                    methodsDocumented += definition.IsDocumented ? 1 : 0;
                    Count(methodNames, definition.Name, definition.IsDocumented);
                    if (VisitorFamily(definition.Name) is { } family)
                    {
                        Count(visitorMethods, family, definition.IsDocumented);
                    }
                }
            }
        }
        return new HabitMeasure(new Share(modulesDocumented, modulesTotal), new Share(packagesDocumented, packages), new Share(magicDocumented, magic), new Share(initsDocumented, inits),
            new Share(parameterSections, parameterDocstrings), new Share(classesDocumented, classesTotal), new Share(methodsDocumented, methods),
            new Share(functionsDocumented, functions))
        {
            MethodNames = methodNames,
            FunctionFamilies = functionFamilies,
            VisitorMethods = visitorMethods,
            Subclasses = subclasses,
        };
    }

    /// <summary>The family a class belongs to by its first base ("TypedDict" for <c>t.TypedDict</c>, "Base" for
    /// <c>Base[T]</c>); null without a base or for a root base every kind of class has.</summary>
    private static string? FamilyBase(OutlinedDefinition @class)
    {
        if (@class.Bases is not [var first, ..] || first.Contains('='))
        {
            return null;
        }
        var name = first.AsSpan().Trim();
        var subscript = name.IndexOf('[');
        name = subscript >= 0 ? name[..subscript] : name;
        var last = name[(name.LastIndexOf('.') + 1)..].ToString();
        return last.Length == 0 || RootBases.Contains(last) ? null : last;
    }

    /// <summary>The first base of a class whose library subclasses it <see cref="RepeatedMethodName"/> times or more and
    /// documents fewer than half of them (pydantic_core's 69 TypedDicts, 1 documented; pydantic v1's 49
    /// PydanticValueErrors, none), and their share; null otherwise.</summary>
    public (string Base, Share Share)? UndocumentedSubclassFamily(OutlinedDefinition @class) =>
        FamilyBase(@class) is { } family && Subclasses.TryGetValue(family, out var tally) && tally.Total >= RepeatedMethodName
            && tally.Share is { IsHabit: false } share
            ? (family, share)
            : null;

    private static void Count(Dictionary<string, Tally> tallies, string key, bool documented)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tallies[key] = tally = new Tally();
        }
        tally.Total++;
        tally.Documented += documented ? 1 : 0;
    }

    /// <summary>A count being made. A class, not <see cref="Share"/>: dictionaries and sorts over a struct of ClawDev's
    /// own are generic code that ReadyToRun does not precompile, and every scan would compile them (42 methods, 7% of a
    /// scan of trl).</summary>
    private sealed class Tally
    {
        public int Documented;
        public int Total;

        public bool NeverDocumented => Documented == 0 && Total >= RepeatedMethodName;

        public Share Share => new(Documented, Total);
    }

    /// <summary>
    /// The families of a name of three words or more, each the name with one word left open: "is_torch_available" is
    /// in "is_*_available", "*_torch_available" and "is_torch_*". huggingface_hub's and transformers' import utilities
    /// (<c>is_torch_available</c>, <c>get_torch_version</c>, one pair per package) are such a family.
    /// </summary>
    private static IEnumerable<string> Families(string name)
    {
        var words = name.Split('_');
        if (words.Length < 3 || Array.IndexOf(words, "") >= 0)
        {
            yield break;
        }
        for (var open = 0; open < words.Length; open++)
        {
            var word = words[open];
            words[open] = "*";
            yield return string.Join('_', words);
            words[open] = word;
        }
    }

    /// <summary>A family of module-level function names (<see cref="Families"/>) that <paramref name="name"/> belongs
    /// to, with at least <see cref="RepeatedMethodName"/> functions and none documented; null when there is none.</summary>
    public (string Family, Share Share)? NeverDocumentedFamily(string name)
    {
        foreach (var family in Families(name))
        {
            if (FunctionFamilies.TryGetValue(family, out var tally) && tally.NeverDocumented)
            {
                return (family, tally.Share);
            }
        }
        return null;
    }

    /// <summary>"visit_*" for a visitor's method name (visit_Dict), else null.</summary>
    private static string? VisitorFamily(string name)
    {
        foreach (var prefix in VisitorPrefixes)
        {
            if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix + "*";
            }
        }
        return null;
    }

    /// <summary>The visitor family of a method name ("visit_*") and how many of the library's methods so named have
    /// docstrings, when fewer than half do; null otherwise (not a visitor's name, or the library documents them).</summary>
    public (string Family, Share Share)? UndocumentedVisitorFamily(string name) =>
        VisitorFamily(name) is { } family && VisitorMethods.TryGetValue(family, out var tally)
            && tally.Share is { IsHabit: false } share
            ? (family, share)
            : null;

    /// <summary>The method names the library never documents (<see cref="NeverDocumented"/>), the most used first, then by name.</summary>
    public IReadOnlyList<UndocumentedName> NeverDocumentedNames() => NeverDocumentedKeys(MethodNames);

    /// <summary>The families of function names the library never documents (<see cref="NeverDocumentedFamily"/>), the largest first, then by name.</summary>
    public IReadOnlyList<UndocumentedName> NeverDocumentedFamilies() => NeverDocumentedKeys(FunctionFamilies);

    private static List<UndocumentedName> NeverDocumentedKeys(Dictionary<string, Tally> tallies)
    {
        var names = new List<UndocumentedName>();
        foreach (var (name, tally) in tallies)
        {
            if (tally.NeverDocumented)
            {
                names.Add(new UndocumentedName(name, tally.Total));
            }
        }
        names.Sort(static (a, b) => a.Definitions != b.Definitions ? b.Definitions.CompareTo(a.Definitions) : string.CompareOrdinal(a.Name, b.Name));
        return names;
    }

    /// <summary>How many methods named <paramref name="name"/> the library has, none documented, when they are at
    /// least <see cref="RepeatedMethodName"/>; null when the library documents one of them or has fewer.</summary>
    public Share? NeverDocumented(string name) =>
        MethodNames.TryGetValue(name, out var tally) && tally.NeverDocumented ? tally.Share : null;

    /// <summary>For D101, D102 and D103: how many of the library's definitions of that kind have docstrings, when fewer
    /// than <see cref="ApiHabitThreshold"/> do; null otherwise.</summary>
    public Share? RarelyDocumented(string code) => code switch
    {
        "D101" => Classes,
        "D102" => Methods,
        "D103" => Functions,
        _ => Share.None,
    } is { Total: >= MinimumForAnApiHabit } share && share.Documented < ApiHabitThreshold * share.Total ? share : null;

    /// <summary>Whether the library's habit asks for a docstring the rule <paramref name="code"/> reports missing.</summary>
    public bool Requires(string code) => code switch
    {
        "D100" => Modules.IsHabit,
        "D104" => Packages.IsHabit,
        "D105" => MagicMethods.IsHabit,
        "D107" => InitMethods.IsHabit,
        "CD401" => ParameterSections.IsHabit,
        _ => true,
    };
}

/// <summary>A method name, or a family of function names ("is_*_available"), none of whose definitions is documented.</summary>
public sealed record UndocumentedName(string Name, int Definitions);

/// <summary>How many of a kind of definition have docstrings.</summary>
public readonly record struct Share(int Documented, int Total)
{
    public static Share None => new(0, 0);

    /// <summary>Kept when nothing was measured, or at least half are documented.</summary>
    public bool IsHabit => Total == 0 || Documented >= ProjectFacts.HabitThreshold * Total;

    public override string ToString() => Total == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"{Documented} of {Total} ({100.0 * Documented / Total:0}%)");
}
