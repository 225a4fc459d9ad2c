using System.Collections.Immutable;
using ClawDev.Core.Docstrings;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Indexing;

/// <summary>
/// Every Python file of the workspace folders as last read: open documents as the editor has them, other files as
/// they are on disk. Immutable: each change makes a new index, which the server state then holds.
/// </summary>
internal sealed class WorkspaceIndex
{
    private WorkspaceIndex(ImmutableDictionary<string, IndexedFile> files, ImmutableDictionary<string, StyleCensusResult> styles, bool isComplete)
    {
        Files = files;
        Styles = styles;
        IsComplete = isComplete;
    }

    public static WorkspaceIndex Empty { get; } = new(
        ImmutableDictionary.Create<string, IndexedFile>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, StyleCensusResult>(StringComparer.Ordinal),
        isComplete: false);

    /// <summary>By full local path.</summary>
    public ImmutableDictionary<string, IndexedFile> Files { get; }

    /// <summary>The docstring styles of each workspace folder's files (by folder directory), once it has been indexed.</summary>
    public ImmutableDictionary<string, StyleCensusResult> Styles { get; }

    /// <summary>True once every workspace folder has been indexed to the end (false again while it is re-indexed).</summary>
    public bool IsComplete { get; }

    /// <summary>Entries with an analysis.</summary>
    public IEnumerable<IndexedFile> Analysed => Files.Values.Where(file => file.Facts is not null);

    public IndexedFile? Find(string path) => Files.GetValueOrDefault(path);

    /// <summary>
    /// Adds or replaces entries. An entry replaces an older one (by <see cref="IndexedFile.Stamp"/>); an open
    /// document's entry replaces a disk one whatever its age, and a disk entry replaces an open document's only when
    /// <paramref name="documentClosed"/> says the document has been closed.
    /// </summary>
    public WorkspaceIndex With(IEnumerable<IndexedFile> entries, bool documentClosed = false)
    {
        var builder = Files.ToBuilder();
        foreach (var entry in entries)
        {
            if (!builder.TryGetValue(entry.Path, out var existing) || Replaces(entry, existing, documentClosed))
            {
                builder[entry.Path] = entry;
            }
        }
        return new WorkspaceIndex(builder.ToImmutable(), Styles, IsComplete);
    }

    public WorkspaceIndex With(IndexedFile entry, bool documentClosed = false) => With([entry], documentClosed);

    /// <summary>Without the entries of files inside <paramref name="directory"/>.</summary>
    public WorkspaceIndex WithoutFilesUnder(string directory) => new(
        Files.RemoveRange(Under(directory).Select(file => file.Path)),
        Styles.Remove(directory),
        IsComplete);

    public WorkspaceIndex WithStyles(string rootDirectory, StyleCensusResult styles) =>
        new(Files, Styles.SetItem(rootDirectory, styles), IsComplete);

    public WorkspaceIndex WithCompleteness(bool isComplete) => new(Files, Styles, isComplete);

    /// <summary>The entry of the file <paramref name="path"/>, or the entries of every file inside the directory <paramref name="path"/>.</summary>
    public IEnumerable<IndexedFile> Under(string path)
    {
        if (Files.TryGetValue(path, out var file))
        {
            return [file];
        }
        return Files.Values.Where(entry => DocumentUris.RelativePath(path, entry.Path) is not null);
    }

    private static bool Replaces(IndexedFile entry, IndexedFile existing, bool documentClosed) =>
        (entry.IsFromOpenDocument, existing.IsFromOpenDocument) switch
        {
            (true, false) => true,
            (false, true) => documentClosed && entry.Stamp > existing.Stamp,
            _ => entry.Stamp > existing.Stamp,
        };
}
