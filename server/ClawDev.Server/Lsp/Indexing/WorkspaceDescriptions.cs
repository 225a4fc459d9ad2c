using System.Collections.Concurrent;
using ClawDev.Core.Drafting.Grounding;

namespace ClawDev.Server.Lsp.Indexing;

/// <summary>
/// What the files of each workspace folder document, for drafts with grounded descriptions: filled as files are
/// read from disk (indexing, watched changes, a closed document), keyed by path inside the folder. Unlike the
/// server state it is not a snapshot: <see cref="ParameterDescriptionIndex"/> is thread-safe and answers each
/// question from what it holds at that moment. An open document's own text is put in by drafting itself.
/// </summary>
internal sealed class WorkspaceDescriptions
{
    private readonly ConcurrentDictionary<string, ParameterDescriptionIndex> _byFolder = new(StringComparer.Ordinal);

    /// <summary>The index of the folder at <paramref name="rootDirectory"/>, made empty on first use.</summary>
    public ParameterDescriptionIndex For(string rootDirectory) => _byFolder.GetOrAdd(rootDirectory, static _ => new ParameterDescriptionIndex());

    public void Forget(string rootDirectory) => _byFolder.TryRemove(rootDirectory, out _);
}
