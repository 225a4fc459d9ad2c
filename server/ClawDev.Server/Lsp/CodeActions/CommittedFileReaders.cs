using System.Collections.Concurrent;
using ClawDev.Core.Drafting;
using ClawDev.GitHub.Git;

namespace ClawDev.Server.Lsp.CodeActions;

/// <summary>
/// One reader of the last commit per workspace folder, kept for the server's lifetime, so drafting options that
/// carry it compare equal between listing and resolving a code action (and the drafter is shared).
/// </summary>
internal sealed class CommittedFileReaders(GitCli git)
{
    private readonly ConcurrentDictionary<string, ICommittedFiles> _readers = new(StringComparer.Ordinal);

    public ICommittedFiles For(string rootDirectory) => _readers.GetOrAdd(rootDirectory, root => new GitCommittedFiles(git, root));
}
