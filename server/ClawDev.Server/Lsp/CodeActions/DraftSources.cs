using ClawDev.Server.Lsp.Indexing;

namespace ClawDev.Server.Lsp.CodeActions;

/// <summary>
/// What the editor's drafts are grounded on beyond the open file: what each workspace folder documents, what the
/// repository knows as a whole (copies and their origins), and the last commit (renames in the working tree).
/// </summary>
internal sealed record DraftSources(WorkspaceDescriptions Descriptions, WorkspaceFacts Facts, CommittedFileReaders Committed);
