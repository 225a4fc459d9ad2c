using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Grounding;

/// <summary>
/// What the workspace documents, for grounding drafts: parameter descriptions by name, and classes by simple
/// name for base-class lookups. Built from parsed modules (from a scan or as the editor indexes the workspace);
/// thread-safe: any number of threads may <see cref="Add"/> and query at once, or build separate indexes and
/// <see cref="Merge"/> them. Adding a path again replaces what it contributed.
/// </summary>
public sealed class ParameterDescriptionIndex
{
    private readonly object _gate = new();
    private readonly Dictionary<string, ModuleDocumentation> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(ModuleDocumentation File, ParameterRecord Record)>> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(ModuleDocumentation File, ParameterRecord Record)>> _retired = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(ModuleDocumentation File, ClassRecord Class)>> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(ModuleDocumentation File, HelpRecord Help)>> _helpTexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(ModuleDocumentation File, ParameterRecord Record)>> _passedTo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(ModuleDocumentation File, string? Link)>> _typeLinks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _typeAliases = new(StringComparer.Ordinal);

    public int FileCount
    {
        get
        {
            lock (_gate)
            {
                return _files.Count;
            }
        }
    }

    /// <summary>Indexes a module's docstrings (replacing an earlier version of the same path).</summary>
    /// <param name="preferredStyle">The repository's style, for docstrings whose own style is ambiguous.</param>
    public void Add(string path, PythonModule module, DocstringStyle preferredStyle = DocstringStyle.Plain) =>
        Add(ModuleDocumentation.Extract(path, module, preferredStyle));

    /// <summary>
    /// Indexes a generated file's field docstrings only (replacing an earlier version of the same path): its other
    /// docstrings are copies of what it was generated from (huggingface_hub's async client of the sync one), which
    /// lacks the same entries whenever the source does, while its data classes' fields describe the schema the library
    /// was written from.
    /// </summary>
    public void AddGenerated(string path, PythonModule module) => Add(ModuleDocumentation.FieldsOf(path, module));

    /// <summary>A scan's documentation: its analysed files (kept modules) and the fields of its generated ones.</summary>
    public static ParameterDescriptionIndex Of(Workspace.WorkspaceScan scan)
    {
        var index = new ParameterDescriptionIndex();
        foreach (var file in scan.Files)
        {
            index.Add(file.RelativePath, file.Module);
        }
        foreach (var generated in scan.Generated)
        {
            index.AddGenerated(generated.Path, generated.Module);
        }
        return index;
    }

    /// <summary>Forgets a file; false when it was not indexed.</summary>
    public bool Remove(string path)
    {
        lock (_gate)
        {
            return RemoveLocked(path);
        }
    }

    /// <summary>Adds every file of <paramref name="other"/> (replacing files with the same path).</summary>
    public void Merge(ParameterDescriptionIndex other)
    {
        List<ModuleDocumentation> files;
        lock (other._gate)
        {
            files = [.. other._files.Values];
        }
        foreach (var file in files)
        {
            Add(file);
        }
    }

    /// <summary>
    /// The description most docstrings give a parameter of this name (stars ignored). With a type, descriptions
    /// documented with a matching type win, then untyped ones; descriptions of another type are never offered.
    /// Ties go to the description whose first source comes first in ordinal (path, symbol) order. Null when none.
    /// </summary>
    public GroundedDescription? MostCommon(string parameterName, string? type = null) =>
        MostCommon(ParameterNames.Normalize(parameterName), TypeKey.Of(type), overlay: null, exceptSymbol: null);

    /// <param name="overlay">The current text of one file, used instead of what the index holds for its path.</param>
    /// <param name="exceptSymbol">A definition in the overlay whose own entries do not count.</param>
    internal GroundedDescription? MostCommon(string name, string? typeKey, ModuleDocumentation? overlay, string? exceptSymbol)
    {
        var candidates = new List<(string Path, ParameterRecord Record)>();
        lock (_gate)
        {
            if (_parameters.TryGetValue(name, out var records))
            {
                foreach (var (file, record) in records)
                {
                    if (overlay is null || file.Path != overlay.Path)
                    {
                        candidates.Add((file.Path, record));
                    }
                }
            }
        }
        if (overlay is not null)
        {
            foreach (var record in overlay.Parameters)
            {
                if (record.Name == name && record.Symbol != exceptSymbol)
                {
                    candidates.Add((overlay.Path, record));
                }
            }
        }
        return DescriptionVote.Winner(name, typeKey, candidates);
    }

    /// <summary>The positional parameters of the documenting definitions a call by this name may reach, in files other than <paramref name="exceptPath"/>.</summary>
    internal List<(string Path, string Symbol, string[] Names)> Signatures(string callName, string? exceptPath)
    {
        var found = new List<(string, string, string[])>();
        lock (_gate)
        {
            foreach (var file in _files.Values)
            {
                if (file.Path != exceptPath && file.Signatures.TryGetValue(callName, out var signatures))
                {
                    found.AddRange(signatures.Select(s => (file.Path, s.Symbol, s.Names)));
                }
            }
        }
        return found;
    }

    /// <summary>Every documented parameter of this name (stars ignored) in files other than <paramref name="exceptPath"/>;
    /// with <paramref name="retired"/>, every entry of the name whose text retires it instead.</summary>
    internal List<(string Path, ParameterRecord Record)> Records(string name, string? exceptPath, bool retired = false)
    {
        var found = new List<(string, ParameterRecord)>();
        lock (_gate)
        {
            if ((retired ? _retired : _parameters).TryGetValue(name, out var records))
            {
                foreach (var (file, record) in records)
                {
                    if (file.Path != exceptPath)
                    {
                        found.Add((file.Path, record));
                    }
                }
            }
        }
        return found;
    }

    /// <summary>The documented parameter names that differ from <paramref name="name"/> in its snake_case part at <paramref name="part"/> only (vera_dropout for lora_dropout at 0).</summary>
    internal List<string> NamesDifferingInPart(string name, int part)
    {
        // The name is prefix + part + suffix; another is the same prefix and suffix around one other part.
        var parts = name.Split('_');
        var prefix = string.Concat(parts.Take(part).Select(static p => p + "_"));
        var suffix = string.Concat(parts.Skip(part + 1).Select(static p => "_" + p));
        var found = new List<string>();
        lock (_gate)
        {
            foreach (var other in _parameters.Keys)
            {
                if (other.Length > prefix.Length + suffix.Length && other != name && other.StartsWith(prefix, StringComparison.Ordinal) && other.EndsWith(suffix, StringComparison.Ordinal)
                    && other.AsSpan(prefix.Length, other.Length - prefix.Length - suffix.Length).IndexOf('_') < 0)
                {
                    found.Add(other);
                }
            }
        }
        return found;
    }

    /// <summary>The entries, in files other than <paramref name="exceptPath"/>, of parameters named <paramref name="name"/>
    /// that their definitions pass on by keyword to a call named <paramref name="callName"/>.</summary>
    internal List<(string Path, ParameterRecord Record)> PassedTo(string callName, string name, string? exceptPath)
    {
        var found = new List<(string, ParameterRecord)>();
        lock (_gate)
        {
            if (_passedTo.TryGetValue(callName, out var records))
            {
                foreach (var (file, record) in records)
                {
                    if (record.Name == name && file.Path != exceptPath)
                    {
                        found.Add((file.Path, record));
                    }
                }
            }
        }
        return found;
    }

    /// <summary>Whether this file or another binds the name to a type expression at its top level (<see cref="ModuleDocumentation.TypeAliases"/>).</summary>
    internal bool IsTypeAlias(string name, ModuleDocumentation current)
    {
        if (current.TypeAliases.Contains(name))
        {
            return true;
        }
        lock (_gate)
        {
            return _typeAliases.ContainsKey(name);
        }
    }

    /// <summary>The literal values the constant <paramref name="name"/> is bound to in files other than
    /// <paramref name="exceptPath"/>, in modules named <paramref name="moduleName"/> when given; distinct.</summary>
    internal List<string> ConstantValues(string name, string? moduleName, string? exceptPath)
    {
        var values = new List<string>();
        lock (_gate)
        {
            foreach (var file in _files.Values)
            {
                if (file.Path != exceptPath && (moduleName is null || file.ModuleName == moduleName) && file.Constants.TryGetValue(name, out var value) && !values.Contains(value))
                {
                    values.Add(value);
                }
            }
        }
        return values;
    }

    /// <summary>Every help text for this name in files other than <paramref name="exceptPath"/>.</summary>
    internal List<(string Path, HelpRecord Help)> HelpTexts(string name, string? exceptPath)
    {
        var found = new List<(string, HelpRecord)>();
        lock (_gate)
        {
            if (_helpTexts.TryGetValue(name, out var records))
            {
                foreach (var (file, record) in records)
                {
                    if (file.Path != exceptPath)
                    {
                        found.Add((file.Path, record));
                    }
                }
            }
        }
        return found;
    }

    /// <summary>
    /// How long a reusable description may be: as long as 99 in 100 of the workspace's descriptions, and never under <see cref="MinLengthLimit"/> characters. Longer text is one docstring's
    /// essay, not the typical entry a draft may copy.
    /// </summary>
    internal int TypicalLengthLimit()
    {
        lock (_gate)
        {
            if (_lengthLimit is null)
            {
                var lengths = _parameters.Values.SelectMany(static list => list).Select(static entry => entry.Record.Description.Length).ToList();
                lengths.Sort();
                _lengthLimit = lengths.Count == 0 ? MinLengthLimit : Math.Max(MinLengthLimit, lengths[lengths.Count * 99 / 100]);
            }
        }
        return _lengthLimit.Value;
    }

    /// <summary>
    /// Whether most docstrings of several lines, in the index and in <paramref name="current"/>, start their summary
    /// on the line after the quotes (as most Hugging Face code does) rather than on the quotes' line.
    /// </summary>
    internal bool SummaryOnSecondLine(ModuleDocumentation current)
    {
        var (first, second) = Total(current, static file => file.SummaryPlacement);
        return second > first;
    }

    /// <summary>
    /// Whether the parameter entries, in the index and in <paramref name="current"/>, write a type: true or false when
    /// two in three of at least <see cref="MinimumEntriesForAHabit"/> do or do not, else null (no habit to follow).
    /// </summary>
    internal bool? EntriesWriteTypes(ModuleDocumentation current)
    {
        var (typed, untyped) = Total(current, static file => file.EntryTyping);
        return typed + untyped < MinimumEntriesForAHabit ? null : typed >= 2 * untyped ? true : untyped >= 2 * typed ? false : null;
    }

    /// <summary>
    /// Whether the Google entries, in the index and in <paramref name="current"/>, start their
    /// descriptions on the line below their names (optuna) or on it: true or false when two in three of at least
    /// <see cref="MinimumEntriesForAHabit"/> do, else null (no habit to follow).
    /// </summary>
    internal bool? GoogleDescriptionsBelow(ModuleDocumentation current)
    {
        var (onHeadLine, below) = Total(current, static file => file.GoogleDescriptionPlacement);
        return onHeadLine + below < MinimumEntriesForAHabit ? null : below >= 2 * onHeadLine ? true : onHeadLine >= 2 * below ? false : null;
    }

    /// <summary>
    /// Whether the entries, in the index and in <paramref name="current"/>, write a union in words ("`str` or
    /// `os.PathLike`": accelerate, transformers, trl) rather than as code ("Union[str, os.PathLike]": peft): two in three
    /// of at least <see cref="MinimumUnionsForAHabit"/> entries writing one.
    /// </summary>
    internal bool UnionsInWords(ModuleDocumentation current)
    {
        var (inWords, asCode) = Total(current, static file => file.UnionNotation);
        return inWords + asCode >= MinimumUnionsForAHabit && inWords >= 2 * asCode;
    }

    private const int MinimumUnionsForAHabit = 10;

    /// <summary>
    /// The doc-builder link the entries' types write most for a class's simple name, in the index and in
    /// <paramref name="current"/> (which stands for its indexed version), where they link it at least as often as they
    /// write it plain (peft writes `nn.Module`, whatever a few entries link); ties to the first in ordinal order; else null.
    /// </summary>
    internal string? TypeLink(string name, ModuleDocumentation current)
    {
        var mentions = current.TypeLinks.Where(l => l.Name == name).Select(static l => l.Link).ToList();
        lock (_gate)
        {
            if (_typeLinks.TryGetValue(name, out var indexed))
            {
                mentions.AddRange(indexed.Where(l => l.File.Path != current.Path).Select(static l => l.Link));
            }
        }
        var links = mentions.OfType<string>().ToList();
        return links.Count == 0 || links.Count < mentions.Count - links.Count ? null
            : links.GroupBy(static l => l, StringComparer.Ordinal).OrderByDescending(static g => g.Count()).ThenBy(static g => g.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>
    /// Whether the help texts of fields and options, in the index and in <paramref name="current"/>, restate their
    /// definition's docstring entries (five in six of at least <see cref="MinimumPairsForAHabit"/> pairs share half their
    /// words): then a field's help is its entry's text; otherwise the repository words the two apart.
    /// </summary>
    internal bool HelpTextsRestateEntries(ModuleDocumentation current)
    {
        var (restating, differing) = Total(current, static file => file.HelpAgreement);
        return restating + differing < MinimumPairsForAHabit || restating >= 5 * differing;
    }

    private const int MinimumPairsForAHabit = 10;

    /// <summary>A pair of counts of <paramref name="current"/> and of every other indexed file, summed (the index may hold an older version of the current file).</summary>
    private (int First, int Second) Total(ModuleDocumentation current, Func<ModuleDocumentation, (int, int)> counts)
    {
        var (first, second) = counts(current);
        lock (_gate)
        {
            foreach (var (path, file) in _files)
            {
                if (path != current.Path)
                {
                    var (a, b) = counts(file);
                    first += a;
                    second += b;
                }
            }
        }
        return (first, second);
    }

    private const int MinimumEntriesForAHabit = 20;

    private const int MinLengthLimit = 400;
    private int? _lengthLimit;

    /// <summary>Classes with this simple name in files other than <paramref name="exceptPath"/>, with their files' paths and module names.</summary>
    internal List<(string Path, string ModuleName, ClassRecord Class)> ClassesNamed(string name, string? exceptPath)
    {
        var found = new List<(string, string, ClassRecord)>();
        lock (_gate)
        {
            if (_classes.TryGetValue(name, out var classes))
            {
                foreach (var (file, record) in classes)
                {
                    if (file.Path != exceptPath)
                    {
                        found.Add((file.Path, file.ModuleName, record));
                    }
                }
            }
        }
        return found;
    }

    private void Add(ModuleDocumentation file)
    {
        lock (_gate)
        {
            _lengthLimit = null;
            RemoveLocked(file.Path);
            _files[file.Path] = file;
            foreach (var record in file.Parameters)
            {
                ListFor(_parameters, record.Name).Add((file, record));
                foreach (var callName in record.PassedTo.Distinct())
                {
                    ListFor(_passedTo, callName).Add((file, record));
                }
            }
            foreach (var record in file.RetiredParameters)
            {
                ListFor(_retired, record.Name).Add((file, record));
            }
            foreach (var record in file.Classes)
            {
                ListFor(_classes, record.Name).Add((file, record));
            }
            foreach (var record in file.HelpTexts)
            {
                ListFor(_helpTexts, record.Name).Add((file, record));
            }
            foreach (var (name, link) in file.TypeLinks)
            {
                ListFor(_typeLinks, name).Add((file, link));
            }
            foreach (var alias in file.TypeAliases)
            {
                _typeAliases[alias] = _typeAliases.GetValueOrDefault(alias) + 1;
            }
        }
    }

    private bool RemoveLocked(string path)
    {
        if (!_files.Remove(path, out var file))
        {
            return false;
        }
        foreach (var record in file.Parameters)
        {
            _parameters[record.Name].RemoveAll(entry => entry.File == file);
            foreach (var callName in record.PassedTo)
            {
                _passedTo[callName].RemoveAll(entry => entry.File == file);
            }
        }
        foreach (var record in file.RetiredParameters)
        {
            _retired[record.Name].RemoveAll(entry => entry.File == file);
        }
        foreach (var record in file.Classes)
        {
            _classes[record.Name].RemoveAll(entry => entry.File == file);
        }
        foreach (var record in file.HelpTexts)
        {
            _helpTexts[record.Name].RemoveAll(entry => entry.File == file);
        }
        foreach (var (name, _) in file.TypeLinks)
        {
            _typeLinks[name].RemoveAll(entry => entry.File == file);
        }
        foreach (var alias in file.TypeAliases)
        {
            if (--_typeAliases[alias] == 0)
            {
                _typeAliases.Remove(alias);
            }
        }
        return true;
    }

    private static List<T> ListFor<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        return list;
    }
}
