using ClawDev.Core.Drafting;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.CodeActions;

/// <summary>Turns drafting's edits (UTF-16 offsets into a document version) into an LSP workspace edit.</summary>
internal static class WorkspaceEdits
{
    /// <summary>The change annotations a draft's edits carry, one per edit ("clawdev.draft.0", …): where its text came from.</summary>
    public const string DraftAnnotation = "clawdev.draft";

    /// <summary>
    /// Versioned documentChanges for clients that take them (the client refuses the edit if the document changed
    /// since), else changes. A client that shows change annotations gets, beside each edit (VS Code: the refactor
    /// preview and its hover), where that edit's sentences come from and the draft's notes.
    /// </summary>
    /// <param name="copies">The edits that carry the fix to the copies of a fixed origin, here and in other documents.</param>
    public static WorkspaceEdit For(TextDocument document, DraftResult draft, ClientProfile client, CopiedEdits? copies = null)
    {
        var annotated = client.AnnotatesEdits;
        var annotations = new Dictionary<string, ChangeAnnotation>();
        var copiedHere = copies?.Here ?? CopiedEdits.None.Here;
        string? AnnotationOf(ClawDev.Core.Drafting.TextEdit edit, int index, bool ofCopies)
        {
            if (!annotated)
            {
                return null;
            }
            if (ofCopies || copiedHere.Contains(edit))
            {
                annotations[CopiesAnnotation] = new ChangeAnnotation(CopiesLabel, string.Join("\n", draft.Notes), NeedsConfirmation: false);
                return CopiesAnnotation;
            }
            var id = $"{DraftAnnotation}.{index}";
            annotations[id] = Annotation(draft.PartsOf(edit), draft.Notes);
            return id;
        }
        IReadOnlyList<TextEdit> Converted(TextDocument text, IReadOnlyList<ClawDev.Core.Drafting.TextEdit> edits, bool ofCopies) => edits
            .Select((edit, index) => new TextEdit(client.Encoding.ToRange(text, edit.Replace.Start, edit.Replace.End), edit.NewText) { AnnotationId = AnnotationOf(edit, index, ofCopies) })
            .ToList();
        var files = new List<(TextDocument Document, int? Version, IReadOnlyList<TextEdit> Edits)> { (document, document.Version, Converted(document, draft.Edits, ofCopies: false)) };
        files.AddRange((copies?.Others ?? []).Select(other => (other.Document, other.IsOpen ? (int?)other.Document.Version : null, Converted(other.Document, other.Edits, ofCopies: true))));
        if (!client.AppliesVersionedEdits)
        {
            return new WorkspaceEdit { Changes = files.ToDictionary(file => file.Document.Uri, file => file.Edits) };
        }
        var edit = new WorkspaceEdit
        {
            DocumentChanges = [.. files.Select(file => new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(file.Document.Uri, file.Version), file.Edits))],
        };
        return annotated ? edit with { ChangeAnnotations = annotations } : edit;
    }

    private const string CopiesAnnotation = "clawdev.copies";

    private const string CopiesLabel = "Carried to the copies of the fixed definition, as make fix-copies would";

    /// <summary>Labelled with the edit's one grounded part when it has one, so a preview grouping on labels shows each sentence's origin.</summary>
    private static ChangeAnnotation Annotation(IReadOnlyList<Provenance> parts, IReadOnlyList<string> notes)
    {
        var lines = parts.Select(static p => p.ToString()).Concat(notes).ToList();
        var label = parts.Count switch
        {
            0 => "Drafted: placeholders only, nothing in the repository describes it",
            1 => parts[0].ToString(),
            var count => $"Drafted from the repository ({count} parts grounded)",
        };
        return new ChangeAnnotation(label, lines.Count == 0 ? null : string.Join("\n", lines), NeedsConfirmation: false);
    }
}
