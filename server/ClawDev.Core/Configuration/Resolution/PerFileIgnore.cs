using ClawDev.Core.Configuration.Paths;

namespace ClawDev.Core.Configuration.Resolution;

/// <summary>One per-file-ignores entry, matched as ruff matches it (<c>CompiledPerFileIgnoreList::iter_matches</c>):
/// the pattern as a glob against the file name, or joined to its configuration file's directory against the
/// absolute path; a leading '!' applies the entry to every file that does not match.</summary>
internal sealed class PerFileIgnore
{
    private readonly GlobPattern _basename;
    private readonly GlobPattern _absolute;
    private readonly bool _negated;

    private PerFileIgnore(GlobPattern basename, GlobPattern absolute, bool negated, IReadOnlySet<string> codes)
    {
        _basename = basename;
        _absolute = absolute;
        _negated = negated;
        Codes = codes;
    }

    /// <summary>The codes turned off in the files this entry applies to.</summary>
    public IReadOnlySet<string> Codes { get; }

    /// <summary>Compiles <paramref name="pattern"/> relative to <paramref name="baseDirectory"/>; null with an error for a malformed glob.</summary>
    public static PerFileIgnore? Create(string pattern, string baseDirectory, IReadOnlySet<string> codes, out string? error)
    {
        var negated = pattern.StartsWith('!');
        var glob = negated ? pattern[1..] : pattern;
        var absoluteGlob = glob.StartsWith('/') ? LexicalPath.Absolute(glob, "/") : LexicalPath.Absolute(glob, LexicalPath.EscapeGlob(baseDirectory));
        var basename = GlobPattern.Create(glob, out error);
        var absolute = basename is null ? null : GlobPattern.Create(absoluteGlob, out error);
        return basename is null || absolute is null ? null : new PerFileIgnore(basename, absolute, negated, codes);
    }

    public bool AppliesTo(FilePath file) => (_basename.IsMatch(file.FileName) || _absolute.IsMatch(file.Absolute)) != _negated;
}
