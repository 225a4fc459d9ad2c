using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;
using DraftEdit = ClawDev.Core.Drafting.TextEdit;
using TextEdit = ClawDev.Server.Lsp.Protocol.TextEdit;

namespace ClawDev.Server.Lsp.CodeActions;

/// <summary>Turns drafting's edits (UTF-16 offsets into a document version) into an LSP workspace edit.</summary>
internal static class WorkspaceEdits
{
    /// <summary>Versioned documentChanges for clients that take them (the client refuses the edit if the document changed since), else changes.</summary>
    public static WorkspaceEdit For(TextDocument document, IReadOnlyList<DraftEdit> edits, ClientProfile client)
    {
        var converted = edits
            .Select(edit => new TextEdit(client.Encoding.ToRange(document, edit.Replace.Start, edit.Replace.End), edit.NewText))
            .ToList();
        return client.AppliesVersionedEdits
            ? new WorkspaceEdit { DocumentChanges = [new TextDocumentEdit(new VersionedTextDocumentIdentifier(document.Uri, document.Version), converted)] }
            : new WorkspaceEdit { Changes = new Dictionary<string, IReadOnlyList<TextEdit>> { [document.Uri] = converted } };
    }
}
