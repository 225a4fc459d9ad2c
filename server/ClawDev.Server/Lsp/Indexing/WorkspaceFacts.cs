using System.Collections.Concurrent;
using ClawDev.Core.Library;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Indexing;

/// <summary>
/// What each workspace folder says as a whole (Core's <see cref="ProjectFacts"/>: exposure, inheritance, copies,
/// habits), built from the outlines in the index and the folder's documentation pages. Built on demand and kept
/// until an outline changes (<see cref="WorkspaceIndex.OutlineGeneration"/>) or the pages are read again, so edits
/// inside bodies reuse it. Thread-safe; like the index's other caches it is not part of a state snapshot.
/// </summary>
internal sealed class WorkspaceFacts
{
    private readonly ConcurrentDictionary<string, Folder> _folders = new(StringComparer.Ordinal);

    /// <summary>Reads the folder's documentation pages (at the start of its indexing); notes for the log.</summary>
    public IReadOnlyList<string> ReadPages(string rootDirectory)
    {
        var (references, notes) = DocumentationPages.Read(rootDirectory);
        var folder = _folders.GetOrAdd(rootDirectory, static _ => new Folder());
        lock (folder)
        {
            folder.Pages = references;
            folder.Facts = null;
        }
        return notes;
    }

    /// <summary>The facts of <paramref name="root"/> as of <paramref name="index"/>.</summary>
    public ProjectFacts For(WorkspaceRoot root, WorkspaceIndex index)
    {
        var folder = _folders.GetOrAdd(root.Directory, static _ => new Folder());
        lock (folder)
        {
            if (folder.Facts is null || folder.Generation != index.OutlineGeneration)
            {
                var outlines = index.Under(root.Directory)
                    .Where(file => file.Facts?.Outline is not null)
                    .Select(file => new ModuleFile(file.RelativePath, file.Facts!.Outline!));
                var packages = root.Configuration?.Scope.Roots.Select(package => package.Name) ?? [];
                folder.Facts = ProjectFacts.Build(outlines, folder.Pages, packages);
                folder.Generation = index.OutlineGeneration;
            }
            return folder.Facts;
        }
    }

    public void Forget(string rootDirectory) => _folders.TryRemove(rootDirectory, out _);

    private sealed class Folder
    {
        public IReadOnlyList<DocReference> Pages { get; set; } = [];

        public ProjectFacts? Facts { get; set; }

        public long Generation { get; set; } = -1;
    }
}
