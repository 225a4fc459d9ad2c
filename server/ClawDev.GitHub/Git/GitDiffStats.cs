using System.Text;

namespace ClawDev.GitHub.Git;

/// <summary>Lines added and removed in one file; both null for a binary file (git prints "-").</summary>
public sealed record DiffStat(string Path, int? Added, int? Removed)
{
    public bool IsBinary => Added is null;

    public override string ToString() => IsBinary ? $"{Path} (binary)" : $"{Path} +{Added} -{Removed}";
}

/// <summary><c>git diff --numstat</c> of the work tree against HEAD, untracked files counted as wholly added.</summary>
public static class GitDiffStats
{
    /// <param name="entries">The paths to count, as <see cref="GitStatus"/> listed them.</param>
    public static IReadOnlyList<DiffStat> Read(GitSession git, IReadOnlyList<GitStatusEntry> entries, CancellationToken cancellationToken)
    {
        var byPath = new Dictionary<string, DiffStat>(StringComparer.Ordinal);
        var tracked = entries.Where(e => !e.IsUntracked).Select(e => e.Path).ToList();
        if (tracked.Count > 0)
        {
            string[] arguments = ["diff", "--numstat", "-z", "--no-renames", "HEAD", "--", .. tracked];
            foreach (var stat in Parse(git.Checked(git.Run(cancellationToken, arguments), arguments).Output))
            {
                byPath[stat.Path] = stat;
            }
        }
        foreach (var entry in entries.Where(e => e.IsUntracked))
        {
            byPath[entry.Path] = Untracked(git.WorkTree, entry.Path);
        }
        return [.. entries.Select(e => byPath.GetValueOrDefault(e.Path) ?? new DiffStat(e.Path, 0, 0))];
    }

    /// <summary>Parses <c>--numstat -z</c> without renames: "added\tremoved\tpath\0" per file.</summary>
    public static IReadOnlyList<DiffStat> Parse(byte[] output)
    {
        var stats = new List<DiffStat>();
        foreach (var record in Encoding.UTF8.GetString(output).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = record.Split('\t', 3);
            if (fields.Length == 3)
            {
                stats.Add(new DiffStat(fields[2], Count(fields[0]), Count(fields[1])));
            }
        }
        return stats;
    }

    private static int? Count(string field) => int.TryParse(field, out var count) ? count : null;

    private static DiffStat Untracked(string workTree, string path)
    {
        var bytes = File.ReadAllBytes(Path.Combine(workTree, path));
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 8000)).IndexOf((byte)0) >= 0)
        {
            return new DiffStat(path, null, null);
        }
        var lines = bytes.AsSpan().Count((byte)'\n') + (bytes.Length > 0 && bytes[^1] != '\n' ? 1 : 0);
        return new DiffStat(path, lines, 0);
    }
}
