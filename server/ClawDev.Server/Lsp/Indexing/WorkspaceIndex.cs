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
    private WorkspaceIndex(ImmutableDictionary<string, IndexedFile> files, ImmutableDictionary<string, StyleCensusResult> styles, ImmutableHashSet<string> indexedFolders, long outlineGeneration)
    {
        Files = files;
        Styles = styles;
        IndexedFolders = indexedFolders;
        OutlineGeneration = outlineGeneration;
    }

    public static WorkspaceIndex Empty { get; } = new(
        ImmutableDictionary.Create<string, IndexedFile>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, StyleCensusResult>(StringComparer.Ordinal),
        ImmutableHashSet.Create<string>(StringComparer.Ordinal),
        0);

    /// <summary>Grows whenever a file's outline changes in a way other modules see (a definition added or documented,
    /// an import changed, a file added or removed): what the folder's <see cref="Core.Library.ProjectFacts"/> depend
    /// on. Edits inside bodies leave it alone, so the facts are not rebuilt at every keystroke.</summary>
    public long OutlineGeneration { get; }

    /// <summary>By full local path.</summary>
    public ImmutableDictionary<string, IndexedFile> Files { get; }

    /// <summary>The docstring styles of each workspace folder's files (by folder directory), once it has been indexed.</summary>
    public ImmutableDictionary<string, StyleCensusResult> Styles { get; }

    /// <summary>The folders (by directory) indexed to the end since they last changed: not while they are being
    /// indexed, nor after the user cancelled their indexing.</summary>
    public ImmutableHashSet<string> IndexedFolders { get; }

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
        var outlinesChanged = false;
        foreach (var entry in entries)
        {
            var found = builder.TryGetValue(entry.Path, out var existing);
            if (!found || Replaces(entry, existing!, documentClosed))
            {
                outlinesChanged |= entry.Facts?.Outline is not { } outline ? existing?.Facts?.Outline is not null : !outline.HasSameShapeAs(existing?.Facts?.Outline);
                builder[entry.Path] = entry;
            }
        }
        return new WorkspaceIndex(builder.ToImmutable(), Styles, IndexedFolders, OutlineGeneration + (outlinesChanged ? 1 : 0));
    }

    public WorkspaceIndex With(IndexedFile entry, bool documentClosed = false) => With([entry], documentClosed);

    /// <summary>Without the entries of files inside <paramref name="directory"/>.</summary>
    public WorkspaceIndex WithoutFilesUnder(string directory) => new(
        Files.RemoveRange(Under(directory).Select(file => file.Path)),
        Styles.Remove(directory),
        IndexedFolders.Remove(directory),
        OutlineGeneration + 1);

    /// <summary>The folders are about to be indexed (again): until that ends, they are not <see cref="IndexedFolders"/>.</summary>
    public WorkspaceIndex WithFoldersToIndex(IEnumerable<string> directories) => new(Files, Styles, IndexedFolders.Except(directories), OutlineGeneration);

    /// <summary>The folder has been indexed to the end; <paramref name="styles"/> are the docstring styles of its files, when it has any.</summary>
    public WorkspaceIndex WithFolderIndexed(string directory, StyleCensusResult? styles) => new(
        Files,
        styles is null ? Styles : Styles.SetItem(directory, styles),
        IndexedFolders.Add(directory),
        OutlineGeneration + 1);

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
