using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Drafting.Editing;
using ClawDev.Core.Drafting.Grounding;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting;

/// <summary>
/// Drafts and updates the docstrings of one parsed file. Every action returns edits against the file's text
/// (sorted, non-overlapping, touching only the target docstring or the point where a new one goes) that the caller
/// converts to its protocol. No action throws, whatever the file holds: an internal failure becomes a result without
/// edits whose explanation says so. Create one per file version; it is not thread-safe.
/// </summary>
public sealed class DocstringDrafter
{
    /// <summary>The note a draft carries while the workspace is still being indexed.</summary>
    public const string PartialEvidenceNote = "The workspace is still being indexed: this draft used the evidence found so far.";

    private readonly DraftingSession _session;
    private readonly DraftingOptions _options;
    private readonly bool _evidenceComplete;

    /// <param name="relativePath">The file's path from the workspace root with '/' separators, as the analysis and the index know it.</param>
    /// <param name="settings">The file's settings (which parameters must be documented, enabled rules, style).</param>
    public DocstringDrafter(PythonModule module, string relativePath, FileSettings settings, DraftingOptions? options = null)
    {
        options ??= new DraftingOptions();
        _session = new DraftingSession(module, relativePath, settings, options);
        _options = options;
        _evidenceComplete = options.EvidenceComplete;
    }

    /// <summary>Writes a docstring where <paramref name="definition"/> has none (or an empty one).</summary>
    public DraftResult DraftDocstring(Definition definition) =>
        Noted(Guarded(definition.QualifiedName, () => NewDocstringDraft.For(_session, _session.FactsOf(definition), new HashSet<string>())).ToResult());

    /// <summary>Writes a module docstring where the file has none.</summary>
    public DraftResult DraftModuleDocstring() => Guarded(_session.ModuleFacts.DottedName, () => ModuleDocstringDraft.For(_session)).ToResult();

    /// <summary>Adds the missing parameter entries to the definition's docstring; nothing else changes.</summary>
    public DraftResult DocumentMissingParameters(Definition definition) =>
        Noted(Guarded(definition.QualifiedName, () => ExistingDocstringEdit.For(_session, _session.FactsOf(definition), update: false)).ToResult());

    /// <summary>
    /// Carries a renamed parameter's entry over to its new name (see <see cref="Renames"/>), adds missing entries,
    /// puts entries in signature order and marks entries of removed parameters.
    /// </summary>
    public DraftResult UpdateToSignature(Definition definition)
    {
        var renames = new List<Rename>();
        var result = Guarded(definition.QualifiedName, () => RenamedAndUpdated(definition, renames)).ToResult();
        return Noted(result.HasEdits && renames.Count > 0 ? result with { Notes = [.. renames.Select(static r => r.Note)] } : result);
    }

    /// <summary>The quick fix for one finding (see <see cref="DraftActions.For"/>).</summary>
    public DraftResult Fix(Finding finding)
    {
        if (DraftActions.For(finding.Code) is not { } action)
        {
            return DraftResult.Nothing($"drafting cannot fix {finding.Code}");
        }
        if (DraftActions.IsModuleCode(finding.Code))
        {
            return DraftModuleDocstring();
        }
        if (DefinitionLocator.Of(_session.Module, finding) is not { } definition)
        {
            return DraftResult.Nothing($"{finding.Symbol} is no longer in the file");
        }
        return action switch
        {
            DraftAction.DraftDocstring => DraftDocstring(definition),
            DraftAction.DocumentMissingParameters => DocumentMissingParameters(definition),
            _ => UpdateToSignature(definition),
        };
    }

    /// <summary>Fixes every fixable finding of the file at once.</summary>
    public DraftResult DocumentFile(IReadOnlyList<Finding> findings)
    {
        try
        {
            return Noted(FileDraft.For(_session, findings, Guarded));
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            return DraftResult.Nothing(InternalError(_session.ModuleFacts.DottedName, exception));
        }
    }

    /// <summary>The base-class documentation a method (or a class's constructor) inherits, or null.</summary>
    public InheritedDocumentation? Inherited(Definition definition) => _session.Inherited(definition);

    /// <summary>
    /// Renames entries in a copy of the text, updates that copy to the signature, and hands back the difference
    /// from the original as one edit inside the docstring.
    /// </summary>
    private TargetDraft RenamedAndUpdated(Definition definition, List<Rename> renames)
    {
        var facts = _session.FactsOf(definition);
        if (definition.Docstring is not { } docstring)
        {
            return ExistingDocstringEdit.For(_session, facts, update: true);
        }
        renames.AddRange(Renames.Find(_session, facts, _session.Parse(docstring)));
        if (renames.Count == 0)
        {
            return ExistingDocstringEdit.For(_session, facts, update: true);
        }
        var text = _session.Text;
        var renamed = new System.Text.StringBuilder(text);
        foreach (var rename in renames.OrderByDescending(static r => r.Entry.NameSpan.Start))
        {
            renamed.Remove(rename.Entry.NameSpan.Start, rename.Entry.NameSpan.Length).Insert(rename.Entry.NameSpan.Start, rename.Parameter.Name);
        }
        var module = PythonParser.Parse(renamed.ToString());
        var copy = new DraftingSession(module, _session.RelativePath, _session.Settings, _options);
        var twin = module.AllDefinitions().First(d => d.NameSpan == definition.NameSpan);
        var updated = ExistingDocstringEdit.For(copy, copy.FactsOf(twin), update: true);
        var after = updated.Edits.Count > 0 ? TextEdits.Apply(module.Text, updated.Edits) : module.Text;
        var edits = new EditSet();
        var difference = TextEdits.Difference(text, after);
        edits.Replace(difference.Replace, difference.NewText);
        edits.EnsureWithin(docstring.Span, $"the docstring of {definition.QualifiedName}");
        return new TargetDraft(edits.ToList(), updated.Provenance, null, [.. updated.DocumentedParameters, .. renames.Select(static r => r.Parameter.Name)]);
    }

    /// <summary>A draft made while the workspace is being indexed says so.</summary>
    private DraftResult Noted(DraftResult result) =>
        _evidenceComplete || !result.HasEdits ? result : result with { Notes = [.. result.Notes, PartialEvidenceNote] };

    private static TargetDraft Guarded(string symbol, Func<TargetDraft> draft)
    {
        try
        {
            return draft();
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            return TargetDraft.Nothing(InternalError(symbol, exception));
        }
    }

    private static string InternalError(string symbol, Exception exception) =>
        $"internal error while drafting {symbol}: {exception.GetType().Name}: {exception.Message}";
}
