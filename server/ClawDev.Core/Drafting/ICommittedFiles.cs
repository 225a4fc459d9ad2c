namespace ClawDev.Core.Drafting;

/// <summary>
/// The workspace's files as last committed, so update-to-signature can follow a rename the working tree's diff
/// makes. Core never runs git: the language server and the CLI hand in a reader.
/// </summary>
public interface ICommittedFiles
{
    /// <summary>
    /// The committed text of the file at <paramref name="relativePath"/> (relative to the workspace root); null when
    /// there is none (untracked, no repository, too large, git failed or took too long).
    /// </summary>
    string? TextOf(string relativePath);
}
