using System.Text;
using ClawDev.Core.Drafting;

namespace ClawDev.GitHub.Git;

/// <summary>
/// The files of one workspace folder as last committed, read-only (<c>git cat-file</c>), so update-to-signature can
/// follow a rename in the working tree's diff. Each read is bounded in time and size; any failure (no repository,
/// no commit yet, an untracked file, git missing or slow) means "unknown", never an error for the draft.
/// </summary>
/// <param name="root">The workspace folder the relative paths start from (anywhere inside the repository).</param>
public sealed class GitCommittedFiles(GitCli git, string root) : ICommittedFiles
{
    /// <summary>Larger committed files are not read: drafting never needs them.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>How long one git command may take before the rename search goes on without it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public string? TextOf(string relativePath)
    {
        // "HEAD:./path" is relative to the working directory, wherever the repository's top is; it never reads as an option.
        var blob = $"HEAD:./{relativePath.Replace('\\', '/')}";
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            var size = git.Run(root, ["cat-file", "-s", blob], timeout.Token);
            if (size.ExitCode != 0 || !long.TryParse(Encoding.ASCII.GetString(size.Output).Trim(), out var bytes) || bytes > MaxBytes)
            {
                return null;
            }
            var content = git.Run(root, ["cat-file", "blob", blob], timeout.Token);
            return content.ExitCode == 0 && content.Output.Length <= MaxBytes ? Encoding.UTF8.GetString(content.Output) : null;
        }
        catch (Exception exception) when (exception is OperationCanceledException or GitUnavailableException)
        {
            return null;
        }
    }
}
