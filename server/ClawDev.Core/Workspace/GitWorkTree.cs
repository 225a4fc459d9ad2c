using ClawDev.Core.FileSystem;

namespace ClawDev.Core.Workspace;

/// <summary>A git work tree found from the file system alone (no git process): its top and its git directories.</summary>
/// <param name="Top">The directory holding the ".git" entry.</param>
/// <param name="CommonGitDirectory">Where info/exclude lives: ".git" itself, or for a linked worktree or a
/// submodule the directory its ".git" file and "commondir" point to; null when that cannot be resolved.</param>
public sealed record GitWorkTree(string Top, string? CommonGitDirectory)
{
    public const string GitEntryName = ".git";

    /// <summary>A ".git" file or "commondir" holds one path.</summary>
    private const long MaxPointerFileBytes = 64 * 1024;

    /// <summary>The nearest work tree containing <paramref name="directory"/> (itself included), or null.</summary>
    public static GitWorkTree? Find(string directory)
    {
        for (var current = Path.GetFullPath(directory); current is not null; current = Path.GetDirectoryName(current))
        {
            var gitEntry = Path.Combine(current, GitEntryName);
            if (Directory.Exists(gitEntry))
            {
                return new GitWorkTree(current, ResolveCommonDirectory(gitEntry));
            }
            if (File.Exists(gitEntry))
            {
                return new GitWorkTree(current, ReadGitFile(gitEntry) is { } gitDirectory ? ResolveCommonDirectory(gitDirectory) : null);
            }
        }
        return null;
    }

    public string? InfoExcludePath => CommonGitDirectory is null ? null : Path.Combine(CommonGitDirectory, "info", "exclude");

    // A ".git" file (linked worktree, submodule) holds "gitdir: <path>", relative to the file's directory.
    private static string? ReadGitFile(string gitFile)
    {
        try
        {
            if (BoundedFile.ReadText(gitFile, MaxPointerFileBytes, out _) is not { } text)
            {
                return null;
            }
            var content = text.Trim();
            const string prefix = "gitdir:";
            if (!content.StartsWith(prefix, StringComparison.Ordinal))
            {
                return null;
            }
            var target = Path.Combine(Path.GetDirectoryName(gitFile)!, content[prefix.Length..].Trim());
            return Directory.Exists(target) ? Path.GetFullPath(target) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // A linked worktree's git directory names the shared one in "commondir"; info/exclude lives there.
    private static string ResolveCommonDirectory(string gitDirectory)
    {
        try
        {
            var commonDirFile = Path.Combine(gitDirectory, "commondir");
            if (BoundedFile.ReadText(commonDirFile, MaxPointerFileBytes, out _) is { } commonDir)
            {
                var common = Path.GetFullPath(Path.Combine(gitDirectory, commonDir.Trim()));
                if (Directory.Exists(common))
                {
                    return common;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable "commondir" leaves the worktree's own git directory as the best guess.
        }
        return gitDirectory;
    }
}
