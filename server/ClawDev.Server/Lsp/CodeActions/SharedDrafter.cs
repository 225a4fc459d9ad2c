using System.Runtime.CompilerServices;
using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Drafting;
using ClawDev.Server.Lsp.Documents;

namespace ClawDev.Server.Lsp.CodeActions;

/// <summary>A <see cref="DocstringDrafter"/> that requests running at once take turns on (it is not thread-safe).</summary>
internal sealed class SharedDrafter(DocstringDrafter drafter)
{
    private readonly Lock _lock = new();

    public T Use<T>(Func<DocstringDrafter, T> work)
    {
        lock (_lock)
        {
            return work(drafter);
        }
    }
}

/// <summary>
/// One drafter per open document version and drafting options, shared by listing code actions and resolving
/// them; it lives as long as that version of the document does, or until the server that owns this cache
/// (<see cref="Workspace.ServerState.Drafters"/>) is disposed.
/// </summary>
internal sealed class DraftingCache : IDisposable
{
    private readonly ConditionalWeakTable<TextDocument, List<(Key Key, SharedDrafter Drafter)>> _cache = [];

    public SharedDrafter For(TextDocument document, FileAnalysis analysis, FileSettings settings, DraftingOptions options)
    {
        var key = new Key(analysis, settings, options);
        var drafters = _cache.GetOrCreateValue(document);
        lock (drafters)
        {
            foreach (var (known, drafter) in drafters)
            {
                if (known.Equals(key))
                {
                    return drafter;
                }
            }
            var created = new SharedDrafter(new DocstringDrafter(analysis.Module, analysis.RelativePath, settings, options));
            drafters.Add((key, created));
            return created;
        }
    }

    public void Dispose() => _cache.Clear();

    /// <summary>The analysis and settings compare by reference (a new configuration makes new ones), the options by value.</summary>
    private sealed record Key(FileAnalysis Analysis, FileSettings Settings, DraftingOptions Options)
    {
        public bool Equals(Key? other) =>
            other is not null && ReferenceEquals(Analysis, other.Analysis) && ReferenceEquals(Settings, other.Settings) && Options == other.Options;

        public override int GetHashCode() => Options.GetHashCode();
    }
}
