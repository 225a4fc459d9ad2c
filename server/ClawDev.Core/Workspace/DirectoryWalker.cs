using System.IO.Enumeration;
using ClawDev.Core.FileSystem;

namespace ClawDev.Core.Workspace;

/// <summary>
/// Lists Python files by walking the directory tree the way git lists untracked files: honouring every .gitignore
/// from the work tree's top down and .git/info/exclude, never entering ".git", symlinked directories, ignored
/// directories or nested repositories. Outside any work tree the .gitignore files still apply (as ruff and other
/// linters do), and each repository met on the way is walked with its own rules.
/// </summary>
public sealed class DirectoryWalker : ISourceFileLister
{
    public const string MethodName = "directory walk honouring .gitignore";

    /// <summary>Shared with git's own listing, which reports nested repositories the same way.</summary>
    public const string NestedRepositoryNote = "a nested git repository: its files are not listed (scan it on its own)";

    /// <summary>Shared with git's own listing, which goes on past a folder it cannot open as this walk does.</summary>
    public const string UnreadableDirectoryNote = "directory could not be read, its files are not scanned";

    private const string GitIgnoreName = ".gitignore";

    private static readonly EnumerationOptions EntryOptions = new()
    {
        // The default skips "hidden" entries, which on Unix are all dot files: .gitignore among them.
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    public FileListing ListPythonFiles(string rootDirectory, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(rootDirectory);
        var walk = new Walk(cancellationToken);
        // The root's own ignore status is not asked: a directory given explicitly is scanned even when its work tree
        // ignores it (as ruff does), though the patterns above it still apply to everything below.
        var start = GitWorkTree.Find(root) is { } workTree
            ? walk.PositionOf(root, workTree).Position
            : new RepositoryPosition(IgnoreRules.None, "", InWorkTree: false);
        walk.Directory(root, "", start, isRoot: true);
        return new FileListing(walk.Files, MethodName, [.. walk.Notes.OrderBy(n => n.Path, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The first ignore file git opens before it lists <paramref name="directory"/> — info/exclude, then each .gitignore
    /// from the work tree's top down to the directory's own — that is there but is no regular file (a named pipe: git
    /// opens it without looking and waits for a writer that never comes), or null. A symbolic link is no trap: git
    /// does not follow a .gitignore that is one.
    /// </summary>
    public static string? IgnoreFileGitWaitsOn(string directory, GitWorkTree workTree)
    {
        if (workTree.InfoExcludePath is { } exclude && IsTrap(FileStatus.KindOfTarget(exclude)))
        {
            return exclude;
        }
        var fromTop = Path.GetRelativePath(workTree.Top, Path.GetFullPath(directory));
        string[] parts = fromTop == "." ? [] : fromTop.Split(Path.DirectorySeparatorChar);
        var current = workTree.Top;
        for (var level = 0; ; level++)
        {
            var ignoreFile = Path.Combine(current, GitIgnoreName);
            if (IsTrap(FileStatus.KindOf(ignoreFile)))
            {
                return ignoreFile;
            }
            if (level == parts.Length)
            {
                return null;
            }
            current = Path.Combine(current, parts[level]);
        }

        static bool IsTrap(FileKind kind) => kind is not (FileKind.Missing or FileKind.Unknown or FileKind.Regular or FileKind.SymbolicLink or FileKind.Directory);
    }

    /// <summary>True when the work tree ignores <paramref name="directory"/> or a directory between it and the top:
    /// git then lists none of its untracked files.</summary>
    public static bool IsIgnoredByWorkTree(string directory, GitWorkTree workTree) =>
        new Walk(CancellationToken.None).PositionOf(Path.GetFullPath(directory), workTree).Ignored;

    /// <summary>Where a directory sits: the ignore rules inherited from above and its path from the top they are relative to.</summary>
    /// <param name="PathFromTop">"" at the top, else the directory relative to the top with a trailing '/'.</param>
    /// <param name="InWorkTree">False outside any git work tree, where the walk's root stands in for the top.</param>
    private sealed record RepositoryPosition(IgnoreRules Rules, string PathFromTop, bool InWorkTree);

    // A class, not a struct: generic framework code over a reference type is shared and precompiled (ReadyToRun),
    // while FileSystemEnumerable<SomeStruct> would be JIT-compiled at every start.
    private sealed record Entry(string Name, bool IsDirectory, bool IsSymbolicLink);

    /// <summary>One walk; sibling directories are walked in parallel (the walk is bound by system calls, one per
    /// directory and one per subdirectory), so the lists are guarded.</summary>
    private sealed class Walk(CancellationToken cancellationToken)
    {
        public List<string> Files { get; } = [];
        public List<ScanNote> Notes { get; } = [];

        /// <summary>The position of <paramref name="directory"/> in <paramref name="workTree"/> (the rules of info/exclude
        /// and of the .gitignore files from the top down to the directory, not including its own), and whether those
        /// rules ignore the directory or one above it.</summary>
        public (RepositoryPosition Position, bool Ignored) PositionOf(string directory, GitWorkTree workTree)
        {
            var rules = InfoExcludeRules(workTree);
            var fromTop = Path.GetRelativePath(workTree.Top, directory).Replace('\\', '/');
            var prefix = "";
            var ignored = false;
            if (fromTop != ".")
            {
                var current = workTree.Top;
                foreach (var part in fromTop.Split('/'))
                {
                    rules = WithIgnoreFile(rules, Path.Combine(current, GitIgnoreName), prefix, notePath: null);
                    ignored |= rules.IsIgnored(prefix + part, isDirectory: true);
                    current = Path.Combine(current, part);
                    prefix += part + "/";
                }
            }
            return (new RepositoryPosition(rules, prefix, InWorkTree: true), ignored);
        }

        /// <param name="pathFromRoot">"" for the root, else relative to the root with a trailing '/'.</param>
        public void Directory(string absolutePath, string pathFromRoot, RepositoryPosition position, bool isRoot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entries = ReadEntries(absolutePath, pathFromRoot, isRoot);
            if (entries is null)
            {
                return;
            }
            if (!isRoot && entries.Exists(e => e.Name == GitWorkTree.GitEntryName))
            {
                if (position.InWorkTree)
                {
                    // git lists nothing inside a nested repository (it shows "dir/" at most), and neither does this.
                    Note(new ScanNote(NoteKind.Listing, pathFromRoot, NestedRepositoryNote));
                    return;
                }
                position = PositionOf(absolutePath, GitWorkTree.Find(absolutePath)!).Position;
            }
            if (entries.Exists(e => e.Name == GitIgnoreName && !e.IsDirectory))
            {
                var rules = WithIgnoreFile(position.Rules, Path.Combine(absolutePath, GitIgnoreName), position.PathFromTop, pathFromRoot + GitIgnoreName);
                position = position with { Rules = rules };
            }

            var files = new List<string>();
            var subdirectories = new List<Entry>();
            foreach (var entry in entries)
            {
                if (entry.Name == GitWorkTree.GitEntryName)
                {
                    continue;
                }
                var pathFromTop = position.PathFromTop + entry.Name;
                if (entry.IsDirectory)
                {
                    // git records a symlink to a directory as a link and never follows it; following could also loop.
                    if (!entry.IsSymbolicLink && !position.Rules.IsIgnored(pathFromTop, isDirectory: true))
                    {
                        subdirectories.Add(entry);
                    }
                }
                else if (PythonSourceFiles.IsPythonSource(entry.Name) && !position.Rules.IsIgnored(pathFromTop, isDirectory: false))
                {
                    files.Add(pathFromRoot + entry.Name);
                }
            }
            lock (Files)
            {
                Files.AddRange(files);
            }

            void Subdirectory(Entry entry) => Directory(
                Path.Combine(absolutePath, entry.Name),
                pathFromRoot + entry.Name + "/",
                position with { PathFromTop = position.PathFromTop + entry.Name + "/" },
                isRoot: false);
            if (subdirectories.Count == 1)
            {
                Subdirectory(subdirectories[0]);
            }
            else if (subdirectories.Count > 1)
            {
                ParallelWork.ForEach(subdirectories, Environment.ProcessorCount, Subdirectory, cancellationToken);
            }
        }

        private void Note(ScanNote note)
        {
            lock (Notes)
            {
                Notes.Add(note);
            }
        }

        private IgnoreRules InfoExcludeRules(GitWorkTree workTree) =>
            workTree.InfoExcludePath is { } exclude ? WithIgnoreFile(IgnoreRules.None, exclude, "", notePath: null) : IgnoreRules.None;

        private List<Entry>? ReadEntries(string absolutePath, string pathFromRoot, bool isRoot)
        {
            try
            {
                // The enumerable opens the directory as it is made, so its construction fails like its reading.
                var enumerable = new FileSystemEnumerable<Entry>(
                    absolutePath,
                    // Attributes cost a stat call on Unix: only directories need them (to leave symlinks alone).
                    static (ref FileSystemEntry e) => new Entry(
                        e.FileName.ToString(),
                        e.IsDirectory,
                        e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) != 0),
                    EntryOptions)
                {
                    // Only what the walk needs becomes a string: directories, Python files and git's own files.
                    ShouldIncludePredicate = static (ref FileSystemEntry e) =>
                        e.IsDirectory
                        || PythonSourceFiles.IsPythonSource(e.FileName)
                        || e.FileName.SequenceEqual(GitIgnoreName)
                        || e.FileName.SequenceEqual(GitWorkTree.GitEntryName),
                };
                return [.. enumerable];
            }
            catch (Exception e) when (!isRoot && e is IOException or UnauthorizedAccessException)
            {
                Note(new ScanNote(NoteKind.Listing, pathFromRoot, $"{UnreadableDirectoryNote}: {e.Message}"));
                return null;
            }
        }

        private IgnoreRules WithIgnoreFile(IgnoreRules rules, string path, string baseDirectory, string? notePath)
        {
            var content = BoundedFile.ReadText(path, GitIgnoreFile.MaxBytes, out var problem);
            if (problem is not null && problem.Kind != ReadProblemKind.Missing)
            {
                Note(new ScanNote(NoteKind.Listing, notePath, $"{path} could not be read, its patterns are not applied: {problem.Message}"));
            }
            return content is null ? rules : rules.With(GitIgnoreFile.Parse(content, baseDirectory));
        }
    }
}
