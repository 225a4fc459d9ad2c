using ClawDev.Core.Drafting;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;
using TextEdit = ClawDev.Server.Lsp.Protocol.TextEdit;

namespace ClawDev.Server.Lsp.CodeActions;

/// <summary>Turns drafting's edits (UTF-16 offsets into a document version) into an LSP workspace edit.</summary>
internal static class WorkspaceEdits
{
    /// <summary>The change annotation a draft's edits carry: where its text came from.</summary>
    public const string DraftAnnotation = "clawdev.draft";

    /// <summary>
    /// Versioned documentChanges for clients that take them (the client refuses the edit if the document changed
    /// since), else changes. A client that shows change annotations gets the draft's provenance and notes beside
    /// its edits (VS Code: the refactor preview).
    /// </summary>
    public static WorkspaceEdit For(TextDocument document, DraftResult draft, ClientProfile client)
    {
        var annotated = client.AnnotatesEdits;
        var converted = draft.Edits
            .Select(edit => new TextEdit(client.Encoding.ToRange(document, edit.Replace.Start, edit.Replace.End), edit.NewText) { AnnotationId = annotated ? DraftAnnotation : null })
            .ToList();
        if (!client.AppliesVersionedEdits)
        {
            return new WorkspaceEdit { Changes = new Dictionary<string, IReadOnlyList<TextEdit>> { [document.Uri] = converted } };
        }
        var edit = new WorkspaceEdit { DocumentChanges = [new TextDocumentEdit(new VersionedTextDocumentIdentifier(document.Uri, document.Version), converted)] };
        return annotated ? edit with { ChangeAnnotations = new Dictionary<string, ChangeAnnotation> { [DraftAnnotation] = Annotation(draft) } } : edit;
    }

    private static ChangeAnnotation Annotation(DraftResult draft)
    {
        var lines = draft.Describe().ToList();
        var label = draft.Provenance.Count == 0 ? "Drafted: placeholders only, nothing in the repository describes it" : $"Drafted from the repository ({draft.Provenance.Count} part(s) grounded)";
        return new ChangeAnnotation(label, lines.Count == 0 ? null : string.Join("\n", lines), NeedsConfirmation: false);
    }
}
