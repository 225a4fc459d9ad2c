using ClawDev.Core.Analysis;
using ClawDev.Core.Drafting;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.CodeActions;

/// <summary>Edits of a file other than the drafted document: an open document (versioned), or a file on disk.</summary>
internal sealed record OtherDocumentEdits(TextDocument Document, bool IsOpen, IReadOnlyList<ClawDev.Core.Drafting.TextEdit> Edits);

/// <summary>The edits that carry a fix to the copies: among the drafted document's edits, and of other documents.</summary>
internal sealed record CopiedEdits(IReadOnlySet<ClawDev.Core.Drafting.TextEdit> Here, IReadOnlyList<OtherDocumentEdits> Others)
{
    public static CopiedEdits None { get; } = new(new HashSet<ClawDev.Core.Drafting.TextEdit>(), []);
}

/// <summary>
/// A fix at the origin of <c># Copied from</c> copies, carried to every copy in the same workspace edit
/// (<see cref="CopyPropagation"/>): the copies in the drafted document join its edits, the others become edits of
/// their own documents. The texts are the editor's for open documents, else the files on disk.
/// </summary>
internal static class CopyFixes
{
    public static (DraftResult Draft, CopiedEdits Copies) Extend(
        DraftContext draft, DraftResult result, IEnumerable<Finding> fixedFindings, ServerState state, CancellationToken cancellationToken)
    {
        var documents = new Dictionary<string, (TextDocument Document, bool IsOpen)?>(StringComparer.Ordinal)
        {
            [draft.Target.RelativePath] = (draft.Document, true),
        };
        string? ReadText(string relativePath)
        {
            if (!documents.TryGetValue(relativePath, out var found))
            {
                documents[relativePath] = found = Open(draft.Target.Root.Directory, relativePath, draft.Target.Root.Configuration?.MaxFileSize ?? 0, state);
            }
            return found?.Document.Text;
        }
        var carried = CopyPropagation.Carry(result, draft.Target.RelativePath, draft.Analysis.ModuleName, fixedFindings, ReadText, cancellationToken);
        var others = carried.Others
            .Where(file => documents[file.Path] is not null)
            .Select(file => new OtherDocumentEdits(documents[file.Path]!.Value.Document, documents[file.Path]!.Value.IsOpen, file.Edits))
            .ToList();
        return (carried.Draft, new CopiedEdits(carried.CopiedHere, others));
    }

    /// <summary>The open document at the path, else the file on disk (a regular file within the size limit); null
    /// when it cannot be read.</summary>
    private static (TextDocument Document, bool IsOpen)? Open(string rootDirectory, string relativePath, long maxFileSize, ServerState state)
    {
        var fullPath = Path.GetFullPath(Path.Combine(rootDirectory, relativePath));
        foreach (var document in state.Documents.Values)
        {
            if (DocumentUris.ToLocalPath(document.Uri) == fullPath)
            {
                return (document, true);
            }
        }
        try
        {
            var file = new FileInfo(fullPath);
            if (!file.Exists || file.LinkTarget is not null || file.Length > maxFileSize)
            {
                return null;
            }
            return (new TextDocument(DocumentUris.FromLocalPath(fullPath), "python", 0, File.ReadAllText(fullPath)), false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
