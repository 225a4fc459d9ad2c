using ClawDev.Core.Analysis;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting;

/// <summary>
/// "Document everything in this file": one action per definition with fixable findings (a missing docstring is
/// drafted; CD402/CD403 update the docstring to the signature, which also adds what D417/CD401 miss; D417/CD401
/// alone add the missing entries), in source order, combined into one sorted, non-overlapping edit list.
/// </summary>
internal static class FileDraft
{
    /// <param name="guarded">Runs one target's drafting, turning an internal failure into an explanation.</param>
    public static DraftResult For(DraftingSession session, IReadOnlyList<Finding> findings, Func<string, Func<TargetDraft>, TargetDraft> guarded)
    {
        var module = false;
        var actions = new Dictionary<Definition, DraftAction>();
        var byName = session.Module.AllDefinitions().ToLookup(static d => d.NameSpan);
        foreach (var finding in findings)
        {
            if (DraftActions.For(finding.Code) is not { } action)
            {
                continue;
            }
            if (finding.IsAboutModule)
            {
                module = true;
            }
            else if (DefinitionLocator.Among(byName[finding.Span], finding) is { } definition)
            {
                actions[definition] = actions.TryGetValue(definition, out var earlier) ? Stronger(earlier, action) : action;
            }
        }

        var accepted = new AcceptedEdits();
        var provenance = new List<Provenance>();
        var notes = new List<string>();
        var renames = new List<string>();
        if (module)
        {
            Accept(guarded(session.ModuleFacts.DottedName, () => ModuleDocstringDraft.For(session)), "the module", accepted, provenance, notes);
        }
        // A class drafted (or completed) with its constructor's parameters: its __init__ must not list them again.
        var constructorDocumented = new Dictionary<Definition, IReadOnlySet<string>>();
        foreach (var (definition, action) in actions.OrderBy(static a => a.Key.KeywordOffset))
        {
            var target = session.FactsOf(definition);
            var elsewhere = target.IsInit && definition.Parent is { } parent && constructorDocumented.TryGetValue(parent, out var names)
                ? names
                : new HashSet<string>();
            var draft = guarded(definition.QualifiedName, () => action switch
            {
                DraftAction.DraftDocstring => NewDocstringDraft.For(session, target, elsewhere),
                DraftAction.UpdateToSignature => RenamedEdit.For(session, target, update: true),
                _ => RenamedEdit.For(session, target, update: false),
            });
            if (definition.IsClass && draft.DocumentedParameters.Count > 0)
            {
                constructorDocumented[definition] = draft.DocumentedParameters.ToHashSet();
            }
            if (Accept(draft, definition.QualifiedName, accepted, provenance, notes))
            {
                renames.AddRange(draft.Notes);
            }
        }
        var edits = Editing.EditSet.Normalize(accepted.Edits);
        return new DraftResult(edits, provenance, notes.Count > 0 ? string.Join("; ", notes) : edits.Count > 0 ? null : "nothing in this file needs drafting") { Notes = renames };
    }

    /// <summary>Drafting beats updating, which beats adding missing entries (an update adds them too).</summary>
    private static DraftAction Stronger(DraftAction a, DraftAction b) =>
        a == DraftAction.DraftDocstring || b == DraftAction.DraftDocstring ? DraftAction.DraftDocstring
        : a == DraftAction.UpdateToSignature || b == DraftAction.UpdateToSignature ? DraftAction.UpdateToSignature
        : DraftAction.DocumentMissingParameters;

    /// <summary>Adds a target's edits unless one overlaps an edit already accepted (which would be a bug; the target is then left out and named).</summary>
    /// <returns>Whether its edits were taken.</returns>
    private static bool Accept(TargetDraft draft, string target, AcceptedEdits accepted, List<Provenance> provenance, List<string> notes)
    {
        if (draft.Explanation is { } explanation)
        {
            notes.Add($"{target}: {explanation}");
        }
        if (!accepted.TryAdd(draft.Edits))
        {
            notes.Add($"{target}: left out, its edits overlap another definition's");
            return false;
        }
        provenance.AddRange(draft.Provenance);
        return true;
    }

    /// <summary>The edits accepted so far, kept sorted so each new target is checked against its neighbours only.</summary>
    private sealed class AcceptedEdits
    {
        private readonly List<TextSpan> _spans = [];

        public List<TextEdit> Edits { get; } = [];

        /// <summary>Adds the edits when none touches an accepted span (two inserts at one offset count as touching).</summary>
        public bool TryAdd(IReadOnlyList<TextEdit> edits)
        {
            foreach (var edit in edits)
            {
                var index = InsertionIndex(edit.Replace);
                if ((index > 0 && Overlaps(_spans[index - 1], edit.Replace)) || (index < _spans.Count && Overlaps(_spans[index], edit.Replace)))
                {
                    return false;
                }
            }
            foreach (var edit in edits)
            {
                _spans.Insert(InsertionIndex(edit.Replace), edit.Replace);
            }
            Edits.AddRange(edits);
            return true;
        }

        private int InsertionIndex(TextSpan span)
        {
            int low = 0, high = _spans.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_spans[middle].Start < span.Start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }
            return low;
        }

        private static bool Overlaps(TextSpan a, TextSpan b) =>
            (a.Start < b.End && b.Start < a.End) || (a.Length == 0 && b.Length == 0 && a.Start == b.Start);
    }
}
