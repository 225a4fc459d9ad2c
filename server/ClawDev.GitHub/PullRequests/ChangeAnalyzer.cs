using ClawDev.Core.Changes;
using ClawDev.Core.Configuration;
using ClawDev.Core.Python;
using ClawDev.Core.Workspace;
using ClawDev.GitHub.Git;

namespace ClawDev.GitHub.PullRequests;

/// <summary>Lists the work tree's changes and tells documentation changes of Python files from everything else.</summary>
public static class ChangeAnalyzer
{
    private const long MaxAnalysedBytes = 5 * 1024 * 1024;

    /// <summary>
    /// Every changed path (staged, unstaged and untracked together), with diff stats; Python files are compared
    /// with their committed version by ClawDev.Core's parser and analysis, with the repository's own settings.
    /// </summary>
    public static IReadOnlyList<ChangedFile> Analyze(GitSession git, ProjectConfiguration configuration, CancellationToken cancellationToken)
    {
        var entries = GitStatus.Read(git, cancellationToken);
        var stats = GitDiffStats.Read(git, entries, cancellationToken);
        var files = new List<ChangedFile>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = entries[i];
            if (!PythonSourceFiles.IsPythonSource(Path.GetFileName(entry.Path.AsSpan())))
            {
                files.Add(new ChangedFile(entry, DocumentationChangeKind.NotPython, stats[i], null));
                continue;
            }
            var diff = CompareWithHead(git, configuration, entry, cancellationToken);
            files.Add(new ChangedFile(entry, diff?.Kind ?? DocumentationChangeKind.Code, stats[i], diff));
        }
        return files;
    }

    private static PythonDocumentationDiff? CompareWithHead(GitSession git, ProjectConfiguration configuration, GitStatusEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Kind is GitChangeKind.Deleted or GitChangeKind.Unmerged or GitChangeKind.TypeChanged)
        {
            return null;
        }
        var after = ReadWorkTree(git.WorkTree, entry.Path);
        if (after is null)
        {
            return null;
        }
        var before = entry.IsUntracked || entry.Kind == GitChangeKind.Added
            ? null
            : ReadCommitted(git, entry.OriginalPath ?? entry.Path, cancellationToken);
        return PythonDocumentationDiff.Compare(before, after, entry.Path, configuration.ForFile(entry.Path), configuration.ModuleName(entry.Path));
    }

    private static string? ReadWorkTree(string workTree, string path)
    {
        var file = new FileInfo(Path.Combine(workTree, path));
        if (!file.Exists || file.Length > MaxAnalysedBytes)
        {
            return null;
        }
        return Decode(File.ReadAllBytes(file.FullName));
    }

    private static string? ReadCommitted(GitSession git, string path, CancellationToken cancellationToken)
    {
        var result = git.Run(cancellationToken, "--literal-pathspecs", "show", $"HEAD:{path}");
        return result.ExitCode == 0 && result.Output.Length <= MaxAnalysedBytes ? Decode(result.Output) : null;
    }

    private static string? Decode(byte[] bytes) => SourceDecoder.LooksBinary(bytes) ? null : SourceDecoder.Decode(bytes).Text;
}
