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
        var origins = fixedFindings.Where(finding => finding.Copies.Count > 0 && finding.CopyOf is null).ToList();
        if (!result.HasEdits || origins.Count == 0)
        {
            return (result, CopiedEdits.None);
        }
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
        var ownEdits = new List<ClawDev.Core.Drafting.TextEdit>(result.Edits);
        var copiedHere = new HashSet<ClawDev.Core.Drafting.TextEdit>();
        var others = new Dictionary<string, List<ClawDev.Core.Drafting.TextEdit>>(StringComparer.Ordinal);
        var notes = new List<string>(result.Notes);
        foreach (var origin in origins)
        {
            var symbol = new ClawDev.Core.Library.Symbol(draft.Analysis.ModuleName, origin.Symbol);
            var propagated = CopyPropagation.Propagate(symbol, draft.Target.RelativePath, result.Edits, origin.Copies, ReadText, cancellationToken);
            notes.AddRange(propagated.Notes);
            foreach (var file in propagated.Files)
            {
                var into = file.Path == draft.Target.RelativePath ? ownEdits : others.TryGetValue(file.Path, out var list) ? list : others[file.Path] = [];
                into.AddRange(file.Edits);
                if (ReferenceEquals(into, ownEdits))
                {
                    copiedHere.UnionWith(file.Edits);
                }
            }
            if (propagated.Files.Count > 0)
            {
                notes.Add($"carried to {string.Join(", ", origin.Copies.Select(copy => $"{copy.Path}:{copy.Line + 1}"))} as make fix-copies would");
            }
        }
        var merged = result with { Edits = Sorted(ownEdits), Notes = notes };
        var otherEdits = others
            .Where(entry => documents[entry.Key] is not null)
            .Select(entry => new OtherDocumentEdits(documents[entry.Key]!.Value.Document, documents[entry.Key]!.Value.IsOpen, Sorted(entry.Value)))
            .ToList();
        return (merged, new CopiedEdits(copiedHere, otherEdits));
    }

    /// <summary>Sorted by position; a later edit overlapping an earlier one is dropped (the copy of the fixed definition inside it).</summary>
    private static List<ClawDev.Core.Drafting.TextEdit> Sorted(List<ClawDev.Core.Drafting.TextEdit> edits)
    {
        var sorted = new List<ClawDev.Core.Drafting.TextEdit>(edits.Count);
        foreach (var edit in edits.OrderBy(edit => edit.Replace.Start).ThenBy(edit => edit.Replace.End))
        {
            if (sorted.Count == 0 || sorted[^1].Replace.End <= edit.Replace.Start)
            {
                sorted.Add(edit);
            }
        }
        return sorted;
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
