using ClawDev.Core.Configuration;
using ClawDev.Core.FileSystem;
using ClawDev.Core.Python;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Documents;

/// <summary>Finds the document a request names: the open one, else (when asked) the file on disk.</summary>
internal static class DocumentLookup
{
    /// <returns>Null when <paramref name="uri"/> is not open and, with <paramref name="readClosed"/>, no readable local file.</returns>
    public static TextDocument? Find(string uri, ServerState state, bool readClosed) =>
        state.Documents.GetValueOrDefault(uri)
        ?? (readClosed && DocumentUris.ToLocalPath(uri) is { } path ? ReadFromDisk(uri, path) : null);

    private static TextDocument? ReadFromDisk(string uri, string path) =>
        BoundedFile.ReadBytes(path, ProjectConfiguration.DefaultMaxFileSize, out _) is { } bytes
            ? new TextDocument(uri, "python", 0, SourceDecoder.Decode(bytes).Text)
            : null;
}
