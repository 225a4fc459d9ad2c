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
    private readonly bool _evidenceComplete;

    /// <param name="relativePath">The file's path from the workspace root with '/' separators, as the analysis and the index know it.</param>
    /// <param name="settings">The file's settings (which parameters must be documented, enabled rules, style).</param>
    public DocstringDrafter(PythonModule module, string relativePath, FileSettings settings, DraftingOptions? options = null)
    {
        options ??= new DraftingOptions();
        _session = new DraftingSession(module, relativePath, settings, options);
        _evidenceComplete = options.EvidenceComplete;
    }

    /// <summary>Writes a docstring where <paramref name="definition"/> has none (or an empty one).</summary>
    public DraftResult DraftDocstring(Definition definition) =>
        Noted(Guarded(definition.QualifiedName, () => NewDocstringDraft.For(_session, _session.FactsOf(definition), new HashSet<string>())).ToResult());

    /// <summary>Writes a module docstring where the file has none.</summary>
    public DraftResult DraftModuleDocstring() => Guarded(_session.ModuleFacts.DottedName, () => ModuleDocstringDraft.For(_session)).ToResult();

    /// <summary>
    /// Adds the missing parameter entries to the definition's docstring; nothing else changes, except an entry the
    /// working tree's diff renames, which is carried over to its new name (see <see cref="Renames"/>).
    /// </summary>
    public DraftResult DocumentMissingParameters(Definition definition) =>
        Noted(Guarded(definition.QualifiedName, () => RenamedEdit.For(_session, _session.FactsOf(definition), update: false)).ToResult());

    /// <summary>
    /// Carries a renamed parameter's entry over to its new name (see <see cref="Renames"/>), adds missing entries,
    /// puts entries in signature order and marks entries of removed parameters.
    /// </summary>
    public DraftResult UpdateToSignature(Definition definition) =>
        Noted(Guarded(definition.QualifiedName, () => RenamedEdit.For(_session, _session.FactsOf(definition), update: true)).ToResult());

    /// <summary>The quick fix for one finding (see <see cref="DraftActions.For"/>).</summary>
    public DraftResult Fix(Finding finding)
    {
        if (DraftActions.For(finding.Code) is not { } action)
        {
            return DraftResult.Nothing($"drafting cannot fix {finding.Code}");
        }
        if (finding.IsAboutModule)
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

    /// <summary>A draft made while the workspace is being indexed says so.</summary>
    private DraftResult Noted(DraftResult result) =>
        _evidenceComplete || !result.HasEdits ? result : result with { Notes = [.. result.Notes, PartialEvidenceNote] };

    private TargetDraft Guarded(string symbol, Func<TargetDraft> draft)
    {
        TargetDraft result;
        try
        {
            result = draft();
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            return TargetDraft.Nothing(InternalError(symbol, exception));
        }
        // Quotes written after a triple-quoted string that never closes would close it, turning the code between
        // into text: no such edit is offered.
        if (_session.Module.UnterminatedTripleQuoteAt is { } open && result.Edits.Any(edit => edit.Replace.Start > open))
        {
            var line = _session.Module.Lines.PositionOf(open).Line + 1;
            return TargetDraft.Nothing($"the triple-quoted string opened on line {line} is never closed; close it first, or the new text would close it");
        }
        return result;
    }

    private static string InternalError(string symbol, Exception exception) =>
        $"internal error while drafting {symbol}: {exception.GetType().Name}: {exception.Message}";
}
