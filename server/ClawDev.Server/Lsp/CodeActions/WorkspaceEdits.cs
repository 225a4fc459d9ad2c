using ClawDev.Core.Drafting;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;
using TextEdit = ClawDev.Server.Lsp.Protocol.TextEdit;

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
    public static WorkspaceEdit For(TextDocument document, DraftResult draft, ClientProfile client)
    {
        var annotated = client.AnnotatesEdits;
        var converted = draft.Edits
            .Select((edit, index) => new TextEdit(client.Encoding.ToRange(document, edit.Replace.Start, edit.Replace.End), edit.NewText) { AnnotationId = annotated ? $"{DraftAnnotation}.{index}" : null })
            .ToList();
        if (!client.AppliesVersionedEdits)
        {
            return new WorkspaceEdit { Changes = new Dictionary<string, IReadOnlyList<TextEdit>> { [document.Uri] = converted } };
        }
        var edit = new WorkspaceEdit { DocumentChanges = [new TextDocumentEdit(new VersionedTextDocumentIdentifier(document.Uri, document.Version), converted)] };
        return annotated
            ? edit with { ChangeAnnotations = draft.Edits.Select((e, index) => (Id: $"{DraftAnnotation}.{index}", Annotation: Annotation(draft.PartsOf(e), draft.Notes))).ToDictionary(static a => a.Id, static a => a.Annotation) }
            : edit;
    }

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
