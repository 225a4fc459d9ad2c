using System.Text;

namespace ClawDev.GitHub.Git;

public enum GitChangeKind
{
    Modified,
    Added,
    Deleted,
    Renamed,
    Copied,
    TypeChanged,
    Untracked,
    Unmerged,
}

/// <summary>One changed path of <c>git status --porcelain=v2</c>.</summary>
/// <param name="Path">Relative to the top of the work tree, '/' separators, unquoted.</param>
/// <param name="OriginalPath">For a rename or copy: the path it came from.</param>
/// <param name="Index">The staged status letter ('.' for none; '?' for untracked).</param>
/// <param name="WorkTree">The unstaged status letter ('.' for none; '?' for untracked).</param>
public sealed record GitStatusEntry(string Path, string? OriginalPath, char Index, char WorkTree, bool IsUnmerged = false)
{
    public bool IsUntracked => Index == '?';

    /// <summary>What happened to the path, staged and unstaged changes taken together.</summary>
    public GitChangeKind Kind => this switch
    {
        { IsUnmerged: true } => GitChangeKind.Unmerged,
        { IsUntracked: true } => GitChangeKind.Untracked,
        { Index: 'D' } or { WorkTree: 'D' } => GitChangeKind.Deleted,
        { Index: 'R' } => GitChangeKind.Renamed,
        { Index: 'C' } => GitChangeKind.Copied,
        { Index: 'A' } => GitChangeKind.Added,
        { Index: 'T' } or { WorkTree: 'T' } => GitChangeKind.TypeChanged,
        _ => GitChangeKind.Modified,
    };
}

/// <summary>Reads <c>git status --porcelain=v2 -z --untracked-files=all</c>.</summary>
public static class GitStatus
{
    public static readonly string[] Arguments = ["status", "--porcelain=v2", "-z", "--untracked-files=all"];

    /// <summary>The changed paths of the work tree, in git's order.</summary>
    /// <exception cref="GitCommandException">Not a work tree.</exception>
    public static IReadOnlyList<GitStatusEntry> Read(GitSession git, CancellationToken cancellationToken) =>
        Parse(git.Checked(git.Run(cancellationToken, Arguments), Arguments).Output);

    /// <summary>Parses porcelain v2 output with NUL-terminated records (headers and ignored entries are skipped).</summary>
    public static IReadOnlyList<GitStatusEntry> Parse(byte[] output)
    {
        var records = Encoding.UTF8.GetString(output).Split('\0');
        var entries = new List<GitStatusEntry>();
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i];
            if (record.Length < 2)
            {
                continue;
            }
            switch (record[0])
            {
                case '1':
                    entries.Add(Changed(record, fieldsBeforePath: 8, originalPath: null));
                    break;
                case '2':
                    // With -z the original path is the next record.
                    entries.Add(Changed(record, fieldsBeforePath: 9, originalPath: i + 1 < records.Length ? records[++i] : null));
                    break;
                case 'u':
                    entries.Add(Changed(record, fieldsBeforePath: 10, originalPath: null) with { IsUnmerged = true });
                    break;
                case '?':
                    entries.Add(new GitStatusEntry(record[2..], null, '?', '?'));
                    break;
            }
        }
        return entries;
    }

    // "1 XY sub mH mI mW hH hI path": the path is everything after the fixed fields, spaces included.
    private static GitStatusEntry Changed(string record, int fieldsBeforePath, string? originalPath)
    {
        var pathStart = 0;
        for (var field = 0; field < fieldsBeforePath; field++)
        {
            pathStart = record.IndexOf(' ', pathStart) + 1;
        }
        return new GitStatusEntry(record[pathStart..], originalPath, record[2], record[3]);
    }
}
