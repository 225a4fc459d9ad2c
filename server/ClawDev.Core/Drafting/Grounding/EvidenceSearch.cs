namespace ClawDev.Core.Drafting.Grounding;

/// <summary>
/// Finds the description of one parameter of one definition, nearest evidence first:
/// <list type="number">
/// <item>its own documentation: the class docstring for __init__, __init__'s docstring for the class; then its own
/// help text (a dataclass field's metadata help, a typer or click option's help);</item>
/// <item>the origin of the <c># Copied from</c> block it stands in, with the mark's replacements (CI keeps a copy
/// equal to its origin, so this is the only text <c>make fix-copies</c> accepts);</item>
/// <item>the class hierarchy: the overridden base-class method (or the base class's constructor);</item>
/// <item>its counterparts: definitions of the same name elsewhere (a sync and an async client's
/// <c>text_generation</c>, a model's <c>forward</c> and its copies, a class and its re-export), nearest folder first —
/// not one that writes the draft's own entries otherwise (another generation of the API);</item>
/// <item>its class's attributes section: the entry of the attribute the parameter is stored as;</item>
/// <item>the implementation a wrapper passes it on to by keyword, a callee whose name holds the definition's own
/// (<c>sync_bucket</c> calling <c>sync_bucket_internal(…, dry_run=dry_run)</c>);</item>
/// <item>the same file: the description with the most votes, each docstring's weighing its nearness in lines and its
/// <see cref="Resemblance"/> to the draft; then its class's property of that name (the value the parameter sets);</item>
/// <item>where the parameter is passed on by name: <c>g(x=x)</c>, <c>g(**kwargs)</c>, <c>super().__init__(x=x)</c> —
/// the callee's own entry, in this file first, then the nearest file; a class's fields' docstrings or attributes
/// section when the callee is a class that documents what it takes that way;</item>
/// <item>the same name elsewhere in the workspace: the same folder, then by the folders the paths share (the same
/// subpackage, the package, the rest; sibling subpackages are as near as their parent's files), the description
/// with the most votes in the nearest tier winning, each weighing its <see cref="Resemblance"/>; a caller's entry for
/// the parameter it passes on here by keyword (<see cref="ParameterRecord.PassedTo"/>) votes twice, from any folder,
/// in this vote and the same file's;</item>
/// <item>the entry of a parallel parameter of its own docstring, adapted (<see cref="ParallelEntry"/>), else the
/// sentence its siblings of its kind write alike but for their names (<see cref="ParallelEntry.Pattern"/>);</item>
/// <item>the sentence of its own docstring's prose (or its class's or __init__'s) that names it
/// (<see cref="OwnProse"/>);</item>
/// <item>a help text for the same name (a dataclass field, an argparse argument, a click or typer option, a class
/// field's docstring), this file first, then by folder distance;</item>
/// <item>then where the value is passed on positionally to a function or class (<c>g(a, x)</c>) or to a method
/// through self (<c>self.g(a, x)</c>), looked up by that name, this file first: the callee's entry for that
/// position, whatever it calls it;</item>
/// <item>when nothing else speaks for it, the nearest sentence of another function of this file that takes a
/// parameter of that name and names it.</item>
/// </list>
/// Types must be compatible (<see cref="TypeKey.Compatible"/>); text that is a placeholder, repeats the signature
/// or is far longer than the workspace's typical entry is never used, nor text with a backslash where writing it
/// would give the target's existing literal an r prefix. Two different descriptions equally near: the one with
/// more votes (else the first) wins and the other, when as common, is named.
/// </summary>
internal sealed partial class EvidenceSearch(
    ParameterDescriptionIndex index,
    ModuleDocumentation local,
    InheritedDocumentation? inherited,
    CopySource? copy,
    string symbol,
    string? companion,
    int line,
    bool backslashesAllowed,
    Func<string, bool, IReadOnlyList<Receiver>> callees,
    Func<string, IReadOnlyList<string>> storedAs,
    Resemblance resemblance,
    IEnumerable<ProseSentence> prose,
    Func<string, IEnumerable<ProseSentence>> fileProse,
    Func<string, string?> signatureKind)
{
    /// <summary>Whether the annotation is a bare name the repository binds to a type expression at a module's top level (<see cref="ModuleDocumentation.TypeAliases"/>).</summary>
    public bool IsTypeAlias(string annotation) => annotation.Length > 0 && annotation.All(static c => char.IsAsciiLetterOrDigit(c) || c == '_') && index.IsTypeAlias(annotation, local);

    /// <param name="annotated">The type key is the annotation's: an untyped entry whose text opens by naming another
    /// type (<see cref="DescribedType"/>) does not describe this parameter.</param>
    public Evidence? Find(string name, string? typeKey, bool starred, bool annotated) => ReadForThisDefinition(name, FindAsWritten(name, typeKey, starred, annotated));

    /// <summary>
    /// Evidence from another definition whose name differs from this one's in one word, that word read as this one's
    /// where the text uses it (<see cref="ParallelEntry.ForDefinition"/>); its own documentation, a copy's origin and
    /// what is already adapted stay as they are, and so does a caller's entry (a wrapper's words for the step it takes:
    /// exec_run's "Run as privileged." is what exec_create's privileged does, not "Create as privileged.").
    /// </summary>
    private Evidence? ReadForThisDefinition(string name, Evidence? evidence)
    {
        if (evidence is not { Source: not (GroundingSource.OwnDocumentation or GroundingSource.OwnHelpText or GroundingSource.OwnAttribute or GroundingSource.OwnProperty or GroundingSource.CopyOrigin or GroundingSource.ParallelEntry or GroundingSource.OwnProse or GroundingSource.PassedHere or GroundingSource.StoredAttribute or GroundingSource.SetBy), Adaptation: null })
        {
            return evidence;
        }
        var adapted = ParallelEntry.ForDefinition(evidence.Description, name, evidence.Symbol, symbol, WrittenInThisFile, NamesAClass, SpelledInOwnProse, Derives) is var (text, from, to)
            ? evidence with { Description = text, Adaptation = $"'{from}' read as '{to}'" }
            : evidence;
        // Its type names the source's classes too ("config ([`AlbertConfig`])" for RobertaModel).
        return evidence.Type is { } type && ParallelEntry.TypeForDefinition(type, name, evidence.Symbol, symbol, NamesAClass, SpelledInOwnProse) is var (renamed, typeFrom, typeTo)
            ? adapted with { Type = renamed, Adaptation = adapted.Adaptation ?? $"'{typeFrom}' read as '{typeTo}'" }
            : adapted;
    }

    private Evidence? FindAsWritten(string name, string? typeKey, bool starred, bool annotated)
    {
        var limit = index.TypicalLengthLimit();
        bool Usable(string description, string? recordKey) =>
            (description.Length <= limit || IsStandardText(name, description)) && TypeKey.Compatible(recordKey, typeKey)
            && (recordKey is not null || !annotated || TypeKey.Compatible(DescribedType.Of(description), typeKey))
            && !RepeatsSignature(description, name, $"{typeKey}|{recordKey}")
            && (backslashesAllowed || !description.Contains('\\'));

        if (companion is not null && local.Parameters.FirstOrDefault(r => r.Name == name && r.Symbol == companion && Usable(r.Description, r.TypeKey)) is { } own)
        {
            return new Evidence(own.Description, own.Type, GroundingSource.OwnDocumentation, local.Path, own.Symbol, own.Line, 1);
        }
        if (local.HelpTexts.FirstOrDefault(h => h.Name == name && h.Kind is not (HelpKind.AttributeEntry or HelpKind.PropertyDocstring) && (h.Symbol == symbol || h.Symbol == companion) && Usable(h.Text, null)) is { } ownHelp)
        {
            // Where the repository words a field's help apart from its entries (peft, transformers), an entry is its
            // text for the name, not the help's shorter line: a method's of its class that sets it, else the one three
            // or more docstrings write word for word, else one that says all the help says and goes on.
            if (!index.HelpTextsRestateEntries(local) && (SetBy(name, Usable) ?? StandardText(name, Usable) ?? GoesOnFrom(ownHelp.Text, name, Usable)) is { } entry)
            {
                return entry;
            }
            return new Evidence(ownHelp.Text, null, GroundingSource.OwnHelpText, local.Path, ownHelp.Symbol, ownHelp.Line, 1);
        }
        if (copy is not null && FromOrigin(copy, name, Usable) is { } copied)
        {
            return copied;
        }
        if (inherited is not null && inherited.Parameters.TryGetValue(name, out var fromBase) && Usable(fromBase.Text, TypeKey.Of(fromBase.Type)))
        {
            // The overrides of this file's sibling classes, three or more agreeing word for word, have the family's
            // word where the base says it otherwise (peft's PeftModelFor* "Base transformer model." under PeftModel's
            // "The base transformer model used for Peft.").
            var siblings = SiblingEntries(name).Where(r => Usable(r.Description, r.TypeKey))
                .GroupBy(static r => r.Description, StringComparer.Ordinal).Where(static g => g.Count() >= StandardTextVotes).MaxBy(static g => g.Count());
            if (siblings is not null && siblings.Key != fromBase.Text)
            {
                return Vote(siblings.Select(r => (local.Path, r)), GroundingSource.SiblingOverride, r => Math.Abs(r.Line - line));
            }
            return new Evidence(fromBase.Text, fromBase.Type, GroundingSource.BaseClassMethod, inherited.Path, fromBase.Symbol, fromBase.Line, 1);
        }
        // Entries of the same name: a counterpart's, this file's, the nearest files'. Those of code the repository
        // deprecates come after every current one: pydantic's deprecated `copy` is not `model_copy`'s word, but IPython's
        // deprecated `start_kernel` still says what `start_ipython`'s argv is when nothing current does.
        Evidence? Counterpart(bool deprecated)
        {
            var counterparts = local.Parameters.Where(r => r.Name == name && r.Symbol != symbol && r.Symbol != companion && CounterpartKey(r.Symbol) == CounterpartKey(symbol))
                .Select(r => (local.Path, Record: r))
                .Concat(index.Records(name, exceptPath: local.Path).Where(c => CounterpartKey(c.Record.Symbol) == CounterpartKey(symbol)))
                .Where(c => c.Record.Deprecated == deprecated && Usable(c.Record.Description, c.Record.TypeKey) && !resemblance.Contradicts(c.Record))
                .ToList();
            if (counterparts.Count == 0)
            {
                return null;
            }
            var nearest = counterparts.Min(c => Distance(local.Path, c.Path));
            return Vote(counterparts.Where(c => Distance(local.Path, c.Path) == nearest), GroundingSource.Counterpart, static _ => 0, resemblance.Of);
        }
        // A caller passing its own parameter of the name on to this definition by keyword speaks of the very value
        // (docker's Container.exec_run passing privileged= to exec_create): its vote counts more, from any folder.
        var callName = CounterpartKey(symbol);
        bool PassesHere(ParameterRecord record) => record.PassedTo.Contains(callName);
        double Weight(ParameterRecord record) => resemblance.Of(record) * (PassesHere(record) ? CallerWeight : 1);
        Evidence? SameFile(bool deprecated) =>
            Vote(local.Parameters.Where(r => r.Name == name && r.Symbol != symbol && r.Symbol != companion && r.Deprecated == deprecated && Usable(r.Description, r.TypeKey)).Select(r => (local.Path, r)),
                GroundingSource.SameFile, r => Math.Abs(r.Line - line), r => Weight(r) / (1 + Math.Abs(r.Line - line) / 50.0), PassesHere);
        Evidence? Elsewhere(bool deprecated)
        {
            var elsewhere = index.Records(name, exceptPath: local.Path)
                .Where(c => c.Record.Deprecated == deprecated && Usable(c.Record.Description, c.Record.TypeKey) && (PassesHere(c.Record) || !NamesItsModuleSubject(c.Path, c.Record.Description) || !NamesItsModuleSubject(c.Path, AsThisDefinitionReads(c.Record, name))))
                .ToList();
            var nearest = NearestTier(elsewhere);
            var candidates = nearest.Concat(elsewhere.Where(c => PassesHere(c.Record)).Except(nearest));
            return elsewhere.Count > 0 ? Vote(candidates, GroundingSource.SameParameterName, static _ => 0, Weight, PassesHere) : null;
        }
        if (Counterpart(deprecated: false) is { } counterpart)
        {
            return counterpart;
        }
        // The attribute it is stored as, in its class's attributes section: after the hierarchy and counterparts, whose
        // entries speak of the parameter itself (the attribute's entry often leaves out what the argument may be).
        if (local.HelpTexts.FirstOrDefault(h => h.Name == name && h.Kind == HelpKind.AttributeEntry && (h.Symbol == symbol || h.Symbol == companion) && Usable(h.Text, null)) is { } attribute)
        {
            return new Evidence(attribute.Text, null, GroundingSource.OwnAttribute, local.Path, attribute.Symbol, attribute.Line, 1);
        }
        var receivers = callees(name, starred);
        // A wrapper passing it on to its own implementation (sync_bucket to sync_bucket_internal, upload to _upload):
        // the implementation documents the same thing, before any other function of this file.
        var ownName = CounterpartKey(symbol).Trim('_');
        foreach (var (callee, _) in receivers.Where(r => r.Position < 0 && ownName.Length > 0 && r.Callee[(r.Callee.LastIndexOf('.') + 1)..].Contains(ownName, StringComparison.Ordinal)))
        {
            if (PassedOn(name, callee, Usable) is { } implementation)
            {
                return implementation;
            }
        }
        if (SameFile(deprecated: false) is { } inFile)
        {
            return inFile;
        }
        if ((StoredAttribute(name, Usable) ?? SetBy(name, Usable)) is { } stored)
        {
            return stored;
        }
        // Its class's property of the same name, which the parameter sets (werkzeug's EnvironBuilder.content_type): after
        // the entries of the file, which speak of arguments, where the property speaks of the value the class keeps.
        if (local.HelpTexts.FirstOrDefault(h => h.Name == name && h.Kind == HelpKind.PropertyDocstring && (h.Symbol == symbol || h.Symbol == companion) && Usable(h.Text, null)) is { } property)
        {
            return new Evidence(property.Text, null, GroundingSource.OwnProperty, local.Path, property.Symbol, property.Line, 1);
        }
        foreach (var (callee, _) in receivers.Where(static r => r.Position < 0))
        {
            if (PassedOn(name, callee, Usable) is { } passed)
            {
                return passed;
            }
        }
        if ((Elsewhere(deprecated: false) ?? Counterpart(deprecated: true) ?? SameFile(deprecated: true) ?? Elsewhere(deprecated: true)) is { } sameName)
        {
            return sameName;
        }
        // Only entries that retire the name are left: three or more written word for word are the family's wording
        // (however long), one or two are those functions' own.
        if (StandardText(name, (description, recordKey) => TypeKey.Compatible(recordKey, typeKey) && (backslashesAllowed || !description.Contains('\\')), retired: true) is { } retiredWording)
        {
            return retiredWording;
        }
        if (FamilyEntry(name, Usable) is { } family)
        {
            return family;
        }
        if (PrefixedWithItsDefinition(name, Usable) is { } prefixed)
        {
            return prefixed;
        }
        if (ParallelEntry.For(name, local.Parameters.Where(r => r.Symbol == symbol || r.Symbol == companion), r => Usable(r.Description, r.TypeKey), WrittenInThisFile) is var (sibling, text, from, to))
        {
            return new Evidence(text, sibling.Type, GroundingSource.ParallelEntry, local.Path, sibling.Symbol, sibling.Line, 1) { Adaptation = $"{sibling.Name}'s entry, '{from}' read as '{to}'" };
        }
        // Only siblings of its own kind in the signature (the same annotation, a default of the same kind): click's
        // style(fg: Optional[Union[int, str]] = None) is no flag beside bold: Optional[bool] = None, werkzeug's
        // environ_overrides=None none beside multithread=False.
        if (signatureKind(name) is { } kind
            && ParallelEntry.Pattern(name, local.Parameters.Where(r => r.Symbol == symbol || r.Symbol == companion), r => signatureKind(r.Name) == kind && Usable(r.Description, r.TypeKey)) is var (alike, pattern))
        {
            var first = alike[0];
            return new Evidence(pattern, first.Type, GroundingSource.ParallelEntry, local.Path, first.Symbol, first.Line, alike.Count) { Adaptation = $"the sentence {string.Join(" and ", alike.Take(3).Select(static s => s.Name))}'s entries share, read for '{name}'" };
        }
        // No entry documents it: the sentence of its own docstring's prose that names it, before help texts elsewhere.
        if (OwnProse.Naming(OwnSentences, name) is { } sentence && Usable(sentence.Text, null))
        {
            return new Evidence(sentence.Text, null, GroundingSource.OwnProse, local.Path, sentence.Symbol, sentence.Line, 1);
        }
        if (HelpText(name, Usable) is { } help)
        {
            return help;
        }
        // Last: the callee's entry speaks of the value under another name.
        foreach (var (callee, position) in receivers.Where(static r => r.Position >= 0))
        {
            if (PassedAt(callee, position, Usable) is { } passed)
            {
                return passed;
            }
        }
        // Nothing else speaks for it: the nearest sentence of another function of this file that takes it and names it.
        return OwnProse.Naming(fileProse(name).OrderBy(s => Math.Abs(s.Line - line)), name) is { } other && Usable(other.Text, null)
            ? new Evidence(other.Text, null, GroundingSource.SameFileProse, local.Path, other.Symbol, other.Line, 1)
            : null;
    }

    /// <summary>
    /// The type the nearest other entries of the name write, for a parameter that neither its signature nor its
    /// description's source types: this file's entries, else the same folder's, else those of the most folders
    /// shared — a type at least two of them write and most of them agree on (compared by <see cref="TypeKey"/>), as the
    /// nearest of them writes it. One entry's type is one function's value ("message : str" beside a decipher taking a
    /// list), and text that reads as a sentence is a misplaced description, not a type.
    /// </summary>
    public TypeEvidence? DocumentedType(string name)
    {
        var inFile = local.Parameters.Where(r => r.Name == name && ReadsAsType(r.Type) && r.Symbol != symbol && r.Symbol != companion).Select(r => (local.Path, Record: r)).ToList();
        var typed = inFile.Count > 0 ? inFile : NearestTier(index.Records(name, exceptPath: local.Path).Where(static c => ReadsAsType(c.Record.Type)).ToList());
        if (typed.Count == 0)
        {
            return null;
        }
        var agreeing = typed.GroupBy(static c => TypeKey.Of(c.Record.Type)).MaxBy(static g => g.Count())!.ToList();
        if (agreeing.Count < 2 || 2 * agreeing.Count <= typed.Count)
        {
            return null;
        }
        // The nearest line of this file, else the first in path and line order: the index's order is its build's.
        var (path, record) = agreeing
            .OrderBy(c => c.Path == local.Path ? Math.Abs(c.Record.Line - line) : int.MaxValue)
            .ThenBy(static c => c.Path, StringComparer.Ordinal)
            .ThenBy(static c => c.Record.Line)
            .First();
        return new TypeEvidence(record.Type!, path == local.Path ? GroundingSource.SameFile : GroundingSource.SameParameterName, path, record.Symbol, record.Line, agreeing.Count);
    }

    /// <summary>A short type expression ("list of int", "NetworkX graph"): no sentence's end, no literal block, a few words.</summary>
    private static bool ReadsAsType(string? type) =>
        type is { Length: > 0 } && !type.TrimEnd().EndsWith('.') && !type.Contains("::", StringComparison.Ordinal)
        && type.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxTypeWords;

    private const int MaxTypeWords = 4;

    /// <summary>The candidates of the nearest tier: the same folder, else the most folders shared (each candidate placed once).</summary>
    private List<(string Path, ParameterRecord Record)> NearestTier(List<(string Path, ParameterRecord Record)> candidates)
    {
        var tiers = candidates.ConvertAll(c => Distance(local.Path, c.Path) == 0 ? int.MaxValue : SharedFolders(local.Path, c.Path));
        var nearest = tiers.Count > 0 ? tiers.Max() : 0;
        return candidates.Where((_, i) => tiers[i] == nearest).ToList();
    }

    /// <summary>Whether a class of this simple name has one of the other name among its bases, at any depth (by simple
    /// names, this file's classes first, as <see cref="BaseClassResolver"/> reads them).</summary>
    private bool Derives(string className, string ancestor)
    {
        if ((_derives ??= []).TryGetValue((className, ancestor), out var known))
        {
            return known;
        }
        return _derives[(className, ancestor)] = SearchBases(className, ancestor);
    }

    private Dictionary<(string, string), bool>? _derives;

    private bool SearchBases(string className, string ancestor)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { className };
        var pending = new Queue<string>([className]);
        while (pending.TryDequeue(out var name) && visited.Count < MaxClassesVisited)
        {
            var classes = local.Classes.Where(c => c.Name == name).ToList() is { Count: > 0 } here ? here : index.ClassesNamed(name, exceptPath: local.Path).ConvertAll(static c => c.Class);
            foreach (var baseName in classes.SelectMany(static c => c.Bases))
            {
                if (baseName == ancestor)
                {
                    return true;
                }
                if (visited.Add(baseName))
                {
                    pending.Enqueue(baseName);
                }
            }
        }
        return false;
    }

    private const int MaxClassesVisited = 64;

    /// <summary>Whether this file or another in the workspace defines a class of this name.</summary>
    private bool NamesAClass(string name) => local.Classes.Any(c => c.Name == name) || index.ClassesNamed(name, exceptPath: local.Path).Count > 0;

    /// <summary>
    /// The literal a constant default stands for, as the repository's entries state it ("defaults to `10`" for
    /// huggingface_hub's <c>etag_timeout=constants.DEFAULT_ETAG_TIMEOUT</c>): this module's <c>NAME = 10</c> for a
    /// plain name, else the one value the workspace binds the name to (in the modules of that name for
    /// <c>module.NAME</c>). Null for anything else, or when the workspace binds it to several values.
    /// </summary>
    public string? ConstantValue(string written)
    {
        var dot = written.LastIndexOf('.');
        var name = written[(dot + 1)..];
        if (!Python.Parsing.OutlineParser.IsConstantName(name))
        {
            return null;
        }
        if (dot < 0 && local.Constants.TryGetValue(name, out var here))
        {
            return here;
        }
        var module = dot < 0 ? null : written[..dot][(written[..dot].LastIndexOf('.') + 1)..];
        var values = index.ConstantValues(name, module, exceptPath: local.Path);
        return values.Count == 1 ? values[0] : null;
    }

    /// <summary>How the draft's own docstring prose (or its class's or __init__'s) writes a word or name, compared
    /// case-insensitively as a whole word, else how its own name writes it as an acronym (<c>HRAConfig</c>'s "HRA"; a
    /// capitalised word is only the name's casing: transformers' <c>BertConfig</c> is "BERT" in prose); null when neither does.</summary>
    private string? SpelledInOwnProse(string word) =>
        SpelledInProse(word) ?? Resemblance.SpelledNameWords(symbol).FirstOrDefault(w => w.Equals(word, StringComparison.OrdinalIgnoreCase) && w.Count(char.IsUpper) > 1);

    private string? SpelledInProse(string word)
    {
        foreach (var sentence in OwnSentences)
        {
            var text = sentence.Text;
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + word.Length;
                // A dotted name's lower-case part is a function's or attribute's name (":meth:`dict.setdefault`"), not
                // the prose's word; a class's ("~transformers.BertModel") is how the prose writes the class.
                if ((at == 0 || !IsNameChar(text[at - 1]) && (text[at - 1] != '.' || char.IsUpper(text[at]))) && (end == text.Length || !IsNameChar(text[end])))
                {
                    return text.Substring(at, word.Length);
                }
            }
        }
        return null;
    }

    /// <summary>The draft's own prose, read once: an adaptation asks it of every word and class name it renames.</summary>
    private List<ProseSentence> OwnSentences => _ownSentences ??= [.. prose];

    private List<ProseSentence>? _ownSentences;

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>
    /// Whether a stranger's entry names, as a name (capitalised: "Megatron-LM", "LEDA", "DPMSolver"), the subject of its
    /// own module (<c>utils/megatron_lm.py</c>, <c>readwrite/leda.py</c>) that the draft's path, name, file's entries and
    /// own prose never write: it speaks of that subject, not of the draft's (accelerate's Megatron-LM train steps' "args:
    /// Megatron-LM arguments." is no <c>args</c> of its CLI commands; diffusers' DPMSolver scheduler's "The DPMSolver
    /// order" none of the DEIS scheduler's). Read after the source's word is read as the draft's ("secret" as "config"),
    /// which only ever removes such a name: the text as written is asked first, the cheaper question for most.
    /// </summary>
    private bool NamesItsModuleSubject(string path, string description)
    {
        // Asked of every stranger's entry of the name: a capitalised word first, then whether the module's name has it.
        var module = Path.GetFileNameWithoutExtension(path);
        return ParallelEntry.ProseWordsAsWritten(description)
            .Where(w => w.Length >= MinSubjectLength && w.Any(char.IsUpper) && IsPartOf(module, w))
            .Any(w => !local.Path.Contains(w, StringComparison.OrdinalIgnoreCase) && !symbol.Contains(w, StringComparison.OrdinalIgnoreCase)
                && !WrittenInThisFile(w.ToLowerInvariant()) && SpelledInProse(w) is null);
    }

    /// <summary>Whether a snake_case module name has the word as one of its parts, case aside ("megatron_lm", "Megatron").</summary>
    private static bool IsPartOf(string module, string word)
    {
        for (var at = module.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = module.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || module[at - 1] == '_') && (end == module.Length || module[end] == '_'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A module name's word short enough to be a common abbreviation ("lm", "io", "api") says nothing of a subject.</summary>
    private const int MinSubjectLength = 4;

    /// <summary>Whether an entry of this file uses the word (lower case), as a whole word; a snake_case identifier, whether an entry or a help text of this file writes it.</summary>
    private bool WrittenInThisFile(string word) =>
        word.Contains('_')
            ? local.Parameters.Select(static r => r.Description).Concat(local.HelpTexts.Select(static h => h.Text)).Any(text => WritesIdentifier(text, word))
            : local.Parameters.Any(r => r.Description.Contains(word, StringComparison.OrdinalIgnoreCase) && ParallelEntry.ProseWords(r.Description).Contains(word));

    private static bool WritesIdentifier(string text, string identifier)
    {
        for (var at = text.IndexOf(identifier, StringComparison.Ordinal); at >= 0; at = text.IndexOf(identifier, at + 1, StringComparison.Ordinal))
        {
            var end = at + identifier.Length;
            if ((at == 0 || !IsNameChar(text[at - 1])) && (end == text.Length || !IsNameChar(text[end])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A help text for the name — a command-line option's words, less often a docstring's than another docstring
    /// entry, so asked last: this file first, then the nearest folder, the most common text winning.
    /// </summary>
    private Evidence? HelpText(string name, Func<string, string?, bool> usable)
    {
        // Another class's property describes a value that class computes, not an argument.
        var helpTexts = local.HelpTexts.Where(h => h.Name == name).Select(h => (local.Path, Help: h))
            .Concat(index.HelpTexts(name, exceptPath: local.Path))
            .Where(h => h.Help.Kind != HelpKind.PropertyDocstring && usable(h.Help.Text, null))
            .Select(h => (h.Path, Record: new ParameterRecord(name, null, null, h.Help.Text, h.Help.Symbol, h.Help.Line)))
            .ToList();
        if (helpTexts.Count == 0)
        {
            return null;
        }
        int Nearness(string path) => path == local.Path ? -1 : Distance(local.Path, path);
        var nearest = helpTexts.Min(h => Nearness(h.Path));
        return Vote(helpTexts.Where(h => Nearness(h.Path) == nearest), GroundingSource.HelpText, r => Math.Abs(r.Line - line));
    }

    /// <summary>
    /// A description longer than the workspace's typical entry that at least two other docstrings give the parameter
    /// word for word (line breaks aside): huggingface_hub's paragraph on <c>parent_commit</c>, written the same in
    /// every upload method, is the repository's standard text, not a run-on entry.
    /// </summary>
    private bool IsStandardText(string name, string description)
    {
        var wanted = Collapsed(description);
        var same = local.Parameters.Count(r => r.Name == name && Collapsed(r.Description) == wanted)
            + index.Records(name, exceptPath: local.Path).Count(c => Collapsed(c.Record.Description) == wanted);
        return same >= 2;
    }

    private static string Collapsed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// This file's entries of the name in sibling overrides: the same method (or the constructor) of the file's other
    /// classes that share a base with the draft's class.
    /// </summary>
    private IEnumerable<ParameterRecord> SiblingEntries(string name)
    {
        if (MemberOf(symbol) is not var (ownClass, member) || local.Classes.FirstOrDefault(c => c.Symbol == ownClass) is not { Bases.Count: > 0 } own)
        {
            return [];
        }
        return local.Parameters.Where(r => r.Name == name && !r.Deprecated && MemberOf(r.Symbol) is var (otherClass, otherMember) && otherMember == member && otherClass != ownClass
            && local.Classes.FirstOrDefault(c => c.Symbol == otherClass) is { } other && other.Bases.Any(own.Bases.Contains));
    }

    /// <summary>The class a definition belongs to and its member's name (null for the constructor: the class or its __init__); null for a function outside a class of this file.</summary>
    private (string Class, string? Member)? MemberOf(string qualifiedName)
    {
        var owner = Owner(qualifiedName);
        if (local.Classes.Any(c => c.Symbol == owner))
        {
            return (owner, null);
        }
        var dot = qualifiedName.LastIndexOf('.');
        return dot > 0 && local.Classes.Any(c => c.Symbol == qualifiedName[..dot]) ? (qualifiedName[..dot], qualifiedName[(dot + 1)..]) : null;
    }

    /// <summary>
    /// What its class documents of the attribute of another name a method stores the parameter as (transformers'
    /// <c>TrainingArguments.set_save</c>: <c>self.save_total_limit = total_limit</c>, and the class's
    /// <c>save_total_limit</c> entry or field help): the class's or its constructor's entry, else its field's help or
    /// docstring, else its attributes section's entry.
    /// </summary>
    private Evidence? StoredAttribute(string name, Func<string, string?, bool> usable)
    {
        var dot = symbol.LastIndexOf('.');
        if (dot < 0)
        {
            return null;
        }
        var owner = symbol[..dot];
        var constructor = owner + ".__init__";
        foreach (var attribute in storedAs(name))
        {
            if (attribute == name && (symbol == constructor || companion == constructor))
            {
                continue;
            }
            if (local.Parameters.FirstOrDefault(r => r.Name == attribute && (r.Symbol == owner || r.Symbol == constructor) && r.Symbol != symbol && usable(r.Description, r.TypeKey)) is { } entry)
            {
                return new Evidence(entry.Description, entry.Type, GroundingSource.StoredAttribute, local.Path, entry.Symbol, entry.Line, 1);
            }
            if (local.HelpTexts.Where(h => h.Name == attribute && h.Symbol == owner && h.Kind != HelpKind.PropertyDocstring && usable(h.Text, null)).MinBy(static h => h.Kind == HelpKind.AttributeEntry ? 1 : 0) is { } help)
            {
                return new Evidence(help.Text, null, GroundingSource.StoredAttribute, local.Path, help.Symbol, help.Line, 1);
            }
        }
        return null;
    }

    /// <summary>
    /// The entry of a method of the draft's class for its parameter that it stores as the draft's (transformers'
    /// <c>TrainingArguments.set_logging</c>: <c>self.logging_nan_inf_filter = nan_inf_filter</c>, documented "Whether to
    /// filter `nan` and `inf` losses for logging. …" for the <c>logging_nan_inf_filter</c> field); the nearest of the most
    /// common. The method's other parameters it marks up are read as the attributes they are stored as (set_logging's
    /// "… two logs if `strategy="steps"`." is the field's "… if `logging_strategy="steps"`."); an entry still pointing at
    /// one the draft does not take is not used.
    /// </summary>
    private Evidence? SetBy(string name, Func<string, string?, bool> usable)
    {
        if (MemberOf(symbol) is not (var owner, null))
        {
            return null;
        }
        var setters = local.Parameters.Where(r => r.StoredAs.Contains(name) && !r.Deprecated && MemberOf(r.Symbol) is (var theirOwner, not null) && theirOwner == owner && usable(r.Description, r.TypeKey))
            .Select(r => r with { Description = WithStoredNames(r, name) })
            .Where(r => resemblance.NamesAbsentParameters(r) == 0);
        return Vote(setters.Select(r => (local.Path, r)), GroundingSource.SetBy, r => Math.Abs(r.Line - line));
    }

    /// <summary>The entry's text with each parameter of its method it marks up (<c>`strategy="steps"`</c>, its own
    /// <c>`nan_inf_filter`</c>) read as the attribute the method stores it as (its own as <paramref name="field"/>).</summary>
    private string WithStoredNames(ParameterRecord entry, string field)
    {
        var text = entry.Description;
        foreach (var parameter in local.Parameters.Where(r => r.Symbol == entry.Symbol && r.StoredAs.Count > 0))
        {
            text = System.Text.RegularExpressions.Regex.Replace(text, @"(?<=[`*])" + System.Text.RegularExpressions.Regex.Escape(parameter.Name) + @"(?=[`*=])",
                parameter.Name == entry.Name ? field : parameter.StoredAs[0], System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        return text;
    }

    /// <summary>
    /// The entry a definition of the draft's family writes for the parameter it names after itself, where the draft's
    /// parameter is named after the draft (peft's <c>LoraConfig.lora_dropout</c> and <c>VeraConfig.vera_dropout</c>,
    /// "The dropout probability for Vera layers."): names that differ in one word, that word the parameters' differing
    /// part. Read for the draft after (<see cref="ReadForThisDefinition"/>); the most common such text wins.
    /// </summary>
    private Evidence? FamilyEntry(string name, Func<string, string?, bool> usable)
    {
        var ours = Resemblance.OrderedNameWords(symbol);
        var parts = name.Split('_');
        var at = Array.FindIndex(parts, part => part.Length >= 3 && ours.Contains(part));
        if (at < 0 || ours.Count < 2)
        {
            return null;
        }
        var position = ours.IndexOf(parts[at]);
        var family = new List<(string Path, ParameterRecord Record)>();
        foreach (var other in index.NamesDifferingInPart(name, at))
        {
            var theirWord = other.Split('_')[at];
            var records = local.Parameters.Where(r => r.Name == other).Select(r => (local.Path, Record: r)).Concat(index.Records(other, exceptPath: local.Path));
            foreach (var candidate in records)
            {
                var theirs = Resemblance.OrderedNameWords(candidate.Record.Symbol);
                if (theirs.Count == ours.Count && theirs[position] == theirWord && Enumerable.Range(0, ours.Count).All(i => i == position || theirs[i] == ours[i])
                    && !candidate.Record.Deprecated && usable(candidate.Record.Description, candidate.Record.TypeKey))
                {
                    family.Add(candidate);
                }
            }
        }
        if (family.Count == 0)
        {
            return null;
        }
        var winner = family.GroupBy(c => Collapsed(AsThisDefinitionReads(c.Record, name)), StringComparer.Ordinal).MaxBy(static g => g.Count())!;
        var agreed = Agreed(winner.ToList(), GroundingSource.FamilyParameter);
        // The type goes with the words the two names share (lora_dropout and vera_dropout are both dropouts); a one-word
        // name shares none (set_seed's `int` seed says nothing of set_sampler's sampler).
        return parts.Length == 1 ? agreed with { Type = null } : agreed;
    }

    /// <summary>
    /// The entry or help text of the name with a word of its definition's name before it, where nothing else speaks for
    /// it: accelerate's launcher documents <c>--fp8_margin</c> ("The margin to use for the gradient scaling …") for
    /// <c>FP8RecipeKwargs.margin</c>. Entries first, then help texts; the provenance says which name was read.
    /// </summary>
    private Evidence? PrefixedWithItsDefinition(string name, Func<string, string?, bool> usable)
    {
        foreach (var word in Resemblance.OrderedNameWords(symbol).Distinct())
        {
            if (word.Length < 3 || name.StartsWith(word + "_", StringComparison.Ordinal))
            {
                continue;
            }
            var prefixed = $"{word}_{name}";
            var entries = local.Parameters.Where(r => r.Name == prefixed && !r.Deprecated).Select(r => (local.Path, Record: r))
                .Concat(index.Records(prefixed, exceptPath: local.Path).Where(static c => !c.Record.Deprecated))
                .Where(c => usable(c.Record.Description, c.Record.TypeKey))
                .ToList();
            var found = entries.Count > 0 ? Vote(NearestTier(entries), GroundingSource.SameParameterName, static _ => 0) : HelpText(prefixed, usable);
            if (found is not null)
            {
                return found with { Adaptation = $"'{prefixed}' read as '{name}'" };
            }
        }
        return null;
    }

    /// <summary>The description at least <see cref="StandardTextVotes"/> other docstrings give the name word for word, the
    /// most common; null when none does. With <paramref name="retired"/>, among the entries whose text retires the
    /// parameter: a family's standard wording (torch's loss classes' "Deprecated (see :attr:`reduction`). …" for
    /// <c>size_average</c>), which one more member of the family shares.</summary>
    private Evidence? StandardText(string name, Func<string, string?, bool> usable, bool retired = false)
    {
        var standard = (retired ? local.RetiredParameters : local.Parameters).Where(r => r.Name == name && r.Symbol != symbol && r.Symbol != companion).Select(r => (local.Path, Record: r))
            .Concat(index.Records(name, exceptPath: local.Path, retired))
            .Where(c => !c.Record.Deprecated && usable(c.Record.Description, c.Record.TypeKey))
            .GroupBy(c => Collapsed(AsThisDefinitionReads(c.Record, name)), StringComparer.Ordinal)
            .Where(static g => g.Count() >= StandardTextVotes)
            .MaxBy(static g => g.Count());
        return standard is null ? null : Agreed(standard.ToList(), GroundingSource.SameParameterName);
    }

    /// <summary>Entries that say one thing (read for this definition): the nearest stands for them all, their number its votes.</summary>
    private Evidence Agreed(List<(string Path, ParameterRecord Record)> writers, GroundingSource source)
    {
        var (path, record) = writers.OrderBy(c => Distance(local.Path, c.Path)).ThenBy(static c => c.Path, StringComparer.Ordinal).ThenBy(static c => c.Record.Line).First();
        return new Evidence(record.Description, record.Type, source, path, record.Symbol, record.Line, writers.Count);
    }

    private const int StandardTextVotes = 3;

    /// <summary>
    /// The entry of the name, read for this definition, that says every word of the help text in order and then goes
    /// on (peft's HRAConfig entry "The rank of HRA across different layers. It is best to set 'r' to an even number; …"
    /// beside BoneConfig's help "The rank of Bone across different layers."): the docstring's fuller word for the same
    /// thing. The most common such entry, the nearest standing for it; null when none goes on from the help.
    /// </summary>
    private Evidence? GoesOnFrom(string help, string name, Func<string, string?, bool> usable)
    {
        var helpWords = Words(help);
        if (helpWords.Length < MinimumHelpWords)
        {
            return null;
        }
        var fuller = local.Parameters.Where(r => r.Name == name && r.Symbol != symbol && r.Symbol != companion).Select(r => (local.Path, Record: r))
            .Concat(index.Records(name, exceptPath: local.Path))
            .Where(c => !c.Record.Deprecated && usable(c.Record.Description, c.Record.TypeKey))
            .Select(c => (Writer: c, Read: AsThisDefinitionReads(c.Record, name)))
            .Where(c => Words(c.Read) is var words && words.Length > helpWords.Length && words.AsSpan(0, helpWords.Length).SequenceEqual(helpWords))
            .GroupBy(static c => Collapsed(c.Read), StringComparer.Ordinal)
            .MaxBy(static g => g.Count());
        return fuller is null ? null : Agreed([.. fuller.Select(static c => c.Writer)], GroundingSource.FullerEntry);
    }

    /// <summary>A help text this short ("Rank.") says too little to tell which entry goes on from it.</summary>
    private const int MinimumHelpWords = 4;

    /// <summary>The words of a text, punctuation and case aside: "'vera_only'" and "'vera_only'." are one word.</summary>
    private static string[] Words(string text) => WordPattern().Matches(text).Select(static m => m.Value.ToLowerInvariant()).ToArray();

    [System.Text.RegularExpressions.GeneratedRegex(@"\w+", System.Text.RegularExpressions.RegexOptions.None, 1000)]
    private static partial System.Text.RegularExpressions.Regex WordPattern();

    /// <summary>An entry's text with its definition's word read as the draft's (peft's "Bias type for BOFT. … 'boft_only'" as VeraConfig's "Bias type for Vera. … 'vera_only'"): one family text, whichever member writes it.</summary>
    private string AsThisDefinitionReads(ParameterRecord record, string name) =>
        ParallelEntry.ForDefinition(record.Description, name, record.Symbol, symbol, WrittenInThisFile, NamesAClass, SpelledInOwnProse, Derives) is var (text, _, _) ? text : record.Description;

    /// <summary>The origin's entry for the name (as the origin calls it), turned into the copy's words by the mark's replacements.</summary>
    private Evidence? FromOrigin(CopySource origin, string name, Func<string, string?, bool> usable)
    {
        var originName = origin.Mark.ToOrigin(name);
        var records = origin.Path == local.Path
            ? local.Parameters.Where(r => r.Name == originName)
            : index.Records(originName, exceptPath: null).Where(c => c.Path == origin.Path).Select(static c => c.Record);
        var entry = records.FirstOrDefault(r => SameClass(r.Symbol, origin.Symbol)
            && usable(r.Description, r.TypeKey));
        return entry is null
            ? null
            : new Evidence(origin.Mark.ToCopy(entry.Description), entry.Type is null ? null : origin.Mark.ToCopy(entry.Type), GroundingSource.CopyOrigin, origin.Path, entry.Symbol, entry.Line, 1);
    }

    /// <summary>A class and its __init__ document one constructor: "A" and "A.__init__" are the same class.</summary>
    private static bool SameClass(string a, string b) => Owner(a) == Owner(b);

    private static string Owner(string qualifiedName) =>
        qualifiedName.EndsWith(".__init__", StringComparison.Ordinal) ? qualifiedName[..^".__init__".Length] : qualifiedName;

    /// <summary>What a definition's counterparts share: a function's or method's own name; for __init__ and a class, the class's name.</summary>
    public static string CounterpartKey(string qualifiedName)
    {
        var parts = qualifiedName.Split('.');
        return parts.Length > 1 && parts[^1] == "__init__" ? parts[^2] : parts[^1];
    }

    /// <summary>The callee's entry for the name: a function or method named like the callee, or the constructor of a class of that name.</summary>
    private Evidence? PassedOn(string name, string callee, Func<string, string?, bool> usable)
    {
        var simple = callee == CallSites.SuperConstructor ? null : callee[(callee.LastIndexOf('.') + 1)..];
        if (simple is null)
        {
            return null;
        }
        bool Documents(ParameterRecord record) => record.Symbol != symbol && (
            record.Symbol == simple || record.Symbol.EndsWith("." + simple, StringComparison.Ordinal)
            || record.Symbol.EndsWith(simple + ".__init__", StringComparison.Ordinal));
        if (local.Parameters.FirstOrDefault(r => r.Name == name && Documents(r) && usable(r.Description, r.TypeKey)) is { } here)
        {
            return new Evidence(here.Description, here.Type, GroundingSource.PassedOn, local.Path, here.Symbol, here.Line, 1);
        }
        var there = index.Records(name, exceptPath: local.Path)
            .Where(c => Documents(c.Record) && usable(c.Record.Description, c.Record.TypeKey))
            .OrderBy(c => Distance(local.Path, c.Path))
            .ThenBy(c => c.Path, StringComparer.Ordinal)
            .FirstOrDefault();
        if (there.Record is { } record)
        {
            return new Evidence(record.Description, record.Type, GroundingSource.PassedOn, there.Path, record.Symbol, record.Line, 1);
        }
        // A class documenting what it takes as its fields or attributes (pydantic's constr passing strip_whitespace on
        // to StringConstraints, whose attributes section says what it is).
        bool Stores(HelpRecord help) => help.Kind is HelpKind.AttributeEntry or HelpKind.AttributeDocstring
            && (help.Symbol == simple || help.Symbol.EndsWith("." + simple, StringComparison.Ordinal)) && usable(help.Text, null);
        var field = local.HelpTexts.Where(h => h.Name == name && Stores(h)).Select(h => (local.Path, Help: h))
            .Concat(index.HelpTexts(name, exceptPath: local.Path).Where(h => Stores(h.Help)).OrderBy(h => Distance(local.Path, h.Path)).ThenBy(static h => h.Path, StringComparer.Ordinal))
            .FirstOrDefault();
        return field.Help is { } help ? new Evidence(help.Text, null, GroundingSource.PassedOn, field.Path, help.Symbol, help.Line, 1) : null;
    }

    /// <summary>
    /// The entry of the parameter a call passes the value to positionally (<c>self.compare(first, second)</c>
    /// documents <c>first</c> with compare's <c>seq1</c>): the callee's signature in this file first, then the
    /// nearest file that documents a definition of that name.
    /// </summary>
    private Evidence? PassedAt(string callee, int position, Func<string, string?, bool> usable)
    {
        // Only callees a name tells: a function or class (`g(x)`), or a method of this class (`self.g(x)`);
        // `fs.exists(x)` could be any `exists`, and without the name in common nothing else vouches for it.
        var dot = callee.IndexOf('.');
        if (callee == CallSites.SuperConstructor || (dot >= 0 && (callee.LastIndexOf('.') != dot || callee[..dot] is not ("self" or "cls"))))
        {
            return null;
        }
        var simple = callee[(dot + 1)..];
        var here = local.Signatures.TryGetValue(simple, out var own) ? own.Select(s => (local.Path, s.Symbol, s.Names)) : [];
        var candidates = here
            .Concat(index.Signatures(simple, exceptPath: local.Path).OrderBy(s => Distance(local.Path, s.Path)).ThenBy(static s => s.Path, StringComparer.Ordinal))
            .Where(s => s.Symbol != symbol && position < s.Names.Length);
        foreach (var (path, calleeSymbol, names) in candidates)
        {
            var received = names[position];
            var records = path == local.Path ? local.Parameters : index.Records(received, exceptPath: null).Where(c => c.Path == path).Select(static c => c.Record);
            if (records.FirstOrDefault(r => r.Name == received && r.Symbol == calleeSymbol && usable(r.Description, r.TypeKey)) is { } record)
            {
                return new Evidence(record.Description, record.Type, GroundingSource.PassedOn, path, record.Symbol, record.Line, 1);
            }
        }
        return null;
    }

    /// <summary>
    /// The description with the most votes (each source's <paramref name="weight"/>, else one); ties to the smallest
    /// <paramref name="nearness"/>, then path and line order. The runner-up, when as common, is named.
    /// </summary>
    /// <param name="passesHere">Whether a candidate is a caller's entry for the parameter it passes on to the draft's definition: the winner's source is then <see cref="GroundingSource.PassedHere"/>.</param>
    private static Evidence? Vote(IEnumerable<(string Path, ParameterRecord Record)> candidates, GroundingSource source, Func<ParameterRecord, int> nearness, Func<ParameterRecord, double>? weight = null, Func<ParameterRecord, bool>? passesHere = null)
    {
        var ranked = candidates
            .GroupBy(static c => c.Record.Description, StringComparer.Ordinal)
            .Select(g => (Count: g.Count(), Score: weight is null ? g.Count() : g.Sum(c => weight(c.Record)), First: g.OrderBy(c => nearness(c.Record)).ThenBy(static c => c.Path, StringComparer.Ordinal).ThenBy(static c => c.Record.Line).First()))
            .OrderByDescending(static g => g.Score)
            .ThenBy(g => nearness(g.First.Record))
            .ThenBy(static g => g.First.Path, StringComparer.Ordinal)
            .ThenBy(static g => g.First.Record.Line)
            .Take(2)
            .ToList();
        if (ranked.Count == 0)
        {
            return null;
        }
        var (count, score, (path, record)) = ranked[0];
        var other = ranked.Count > 1 && ranked[1].Count == count ? $"{ranked[1].First.Path}:{ranked[1].First.Record.Line}, {ranked[1].First.Record.Symbol}" : null;
        return new Evidence(record.Description, record.Type, passesHere?.Invoke(record) == true ? GroundingSource.PassedHere : source, path, record.Symbol, record.Line, count, other);
    }

    /// <summary>
    /// A caller's vote, against one other docstring's: twice, so that it beats a stranger's entry of the name (werkzeug's
    /// Response.set_cookie for dump_cookie's path, not the test client's get_cookie) but not the words several
    /// definitions agree on (trl's trainers' standard processing_class, not one subclass's variant).
    /// </summary>
    private const double CallerWeight = 2;

    /// <summary>How many folders two files' paths begin with alike: "a/b/x.py" and "a/c/y.py" share 1.</summary>
    public static int SharedFolders(string from, string to)
    {
        // Each slash of the common beginning closes a folder both paths are in; no split per candidate.
        var common = from.AsSpan().CommonPrefixLength(to);
        return from.AsSpan(0, common).Count('/');
    }

    /// <summary>Folder steps between two files: "a/b/x.py" and "a/c/y.py" are 2 apart, files of one folder 0.</summary>
    public static int Distance(string from, string to)
    {
        var common = SharedFolders(from, to);
        return (from.Count('/') - common) + (to.Count('/') - common);
    }

    /// <summary>
    /// Whether a description only restates the signature: its words are the parameter's name, its type's names,
    /// "optional", a default ("defaults to None", a number, True/False), articles and "or".
    /// </summary>
    /// <param name="typeKeys">The type keys of the parameter and of the evidence, joined by "|".</param>
    private static bool RepeatsSignature(string description, string name, string typeKeys)
    {
        var words = DefaultsTo().Replace(description, " ").Split(SignatureSeparators, StringSplitOptions.RemoveEmptyEntries);
        var nameWords = name.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var typeWords = typeKeys.Split('|', StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => nameWords.Contains(w, StringComparer.OrdinalIgnoreCase) || typeWords.Contains(w, StringComparer.OrdinalIgnoreCase)
            || SignatureWords.Contains(w) || double.TryParse(w, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bdefaults? to\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DefaultsTo();

    private static readonly char[] SignatureSeparators = [' ', '.', '`', '*', '_', ',', ':', ';', '(', ')', '[', ']', '=', '"', '\'', '\n'];

    private static readonly HashSet<string> SignatureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "or", "optional", "default", "defaults", "none", "true", "false",
    };
}
