using ClawDev.Core.Workspace;

namespace ClawDev.GitHub.Git;

/// <summary>
/// Lists Python files with git's own listing (tracked files plus untracked ones that are not ignored), so that
/// exactly what git considers part of the work tree is scanned. Outside a git work tree, or when git cannot
/// be run, it falls back to <see cref="DirectoryWalker"/>, which applies the same ignore rules itself.
/// </summary>
/// <param name="timeout">How long git may list before the walk takes over (a pathological .gitignore makes git's
/// matching exponential); <see cref="DefaultTimeout"/> when null.</param>
public sealed class GitFileLister(GitCli git, ISourceFileLister fallback, TimeSpan? timeout = null) : ISourceFileLister
{
    public const string MethodName = "git ls-files";

    /// <summary>Far beyond what listing the largest repositories takes.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private static readonly string[] ListFilesArguments = ["ls-files", "-z", "--cached", "--others", "--exclude-standard"];

    public GitFileLister()
        : this(new GitCli(), new DirectoryWalker())
    {
    }

    public FileListing ListPythonFiles(string rootDirectory, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(rootDirectory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"directory not found: {root}");
        }
        // Finding no ".git" upwards settles it without starting a process.
        if (GitWorkTree.Find(root) is not { } workTree)
        {
            return fallback.ListPythonFiles(root, cancellationToken);
        }
        // git would list nothing untracked there (think of ~/.pyenv, a git clone that ignores its versions/),
        // yet the directory was asked for by name.
        if (DirectoryWalker.IsIgnoredByWorkTree(root, workTree))
        {
            return FallBack(root, $"git ignores this directory (a .gitignore of {workTree.Top})", cancellationToken);
        }
        // git would wait on it until its time limit; the walk notes it and reads the rest.
        if (DirectoryWalker.IgnoreFileGitWaitsOn(root, workTree) is { } trap)
        {
            return FallBack(root, $"git ls-files was not run ({trap} is not a regular file, and git would wait on it)", cancellationToken);
        }

        GitResult result;
        try
        {
            result = git.Run(root, ListFilesArguments, cancellationToken, timeout: timeout ?? DefaultTimeout);
        }
        catch (GitUnavailableException e)
        {
            return FallBack(root, $"{e.Message}", cancellationToken);
        }
        if (result.ExitCode != 0)
        {
            return FallBack(root, $"git ls-files failed ({result.FirstErrorLine})", cancellationToken);
        }
        return Parse(result.Output, result.Error);
    }

    // With -z, paths are NUL-terminated, relative to the working directory, never quoted.
    private static FileListing Parse(byte[] output, string errors)
    {
        var files = new List<string>();
        var notes = Warnings(errors);
        string? previous = null;
        foreach (var range in output.AsSpan().Split((byte)0))
        {
            if (range.Start.Value == range.End.Value)
            {
                continue;
            }
            var path = System.Text.Encoding.UTF8.GetString(output.AsSpan(range));
            if (path.EndsWith('/'))
            {
                notes.Add(new ScanNote(NoteKind.Listing, path, DirectoryWalker.NestedRepositoryNote));
            }
            // A file with merge conflicts is listed once per stage, one after the other.
            else if (PythonSourceFiles.IsPythonSource(Path.GetFileName(path.AsSpan())) && path != previous)
            {
                files.Add(path);
            }
            previous = path;
        }
        return new FileListing(files, MethodName, notes);
    }

    /// <summary>What git skipped and still exited with 0 for (a folder it could not open: the rest is listed).</summary>
    private static List<ScanNote> Warnings(string errors)
    {
        const string unreadable = "warning: could not open directory '";
        var notes = new List<ScanNote>();
        foreach (var line in errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var end = line.LastIndexOf("': ", StringComparison.Ordinal);
            notes.Add(line.StartsWith(unreadable, StringComparison.Ordinal) && end > unreadable.Length
                ? new ScanNote(NoteKind.Listing, line[unreadable.Length..end], $"{DirectoryWalker.UnreadableDirectoryNote}: {line[(end + 3)..]}")
                : new ScanNote(NoteKind.Listing, null, $"git ls-files: {line}"));
        }
        return notes;
    }

    private FileListing FallBack(string root, string reason, CancellationToken cancellationToken)
    {
        var listing = fallback.ListPythonFiles(root, cancellationToken);
        var note = new ScanNote(NoteKind.Listing, null, $"{reason}; the files were listed by a {listing.Method} instead");
        return listing with { Notes = [note, .. listing.Notes] };
    }
}
