namespace ClawDev.Core.Workspace;

/// <summary>
/// The ignore files in force for one directory, nearest last: .git/info/exclude, then every .gitignore from the
/// work tree's top down. As in git, the nearest file with a matching pattern decides, and within a file the last
/// matching pattern does. Immutable, so a walk can hand it to subdirectories and extend it per directory.
/// </summary>
internal sealed class IgnoreRules
{
    public static readonly IgnoreRules None = new(null, null);

    private readonly IgnoreRules? _outer;
    private readonly GitIgnoreFile? _file;

    private IgnoreRules(IgnoreRules? outer, GitIgnoreFile? file)
    {
        _outer = outer;
        _file = file;
    }

    public IgnoreRules With(GitIgnoreFile file) => file.PatternCount == 0 ? this : new IgnoreRules(this, file);

    /// <param name="path">Relative to the work tree's top, '/' separators, no trailing '/'.</param>
    public bool IsIgnored(string path, bool isDirectory)
    {
        for (var rules = this; rules._file is { } file; rules = rules._outer!)
        {
            if (file.Decide(path, isDirectory) is { } ignored)
            {
                return ignored;
            }
        }
        return false;
    }
}
