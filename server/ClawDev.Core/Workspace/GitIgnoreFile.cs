namespace ClawDev.Core.Workspace;

/// <summary>The patterns of one .gitignore (or .git/info/exclude) file and the directory they are relative to.</summary>
internal sealed class GitIgnoreFile
{
    /// <summary>git's own limit (dir.c): a larger ignore file is not read.</summary>
    public const long MaxBytes = 100 * 1024 * 1024;

    private readonly GitIgnorePattern[] _patterns;

    private GitIgnoreFile(string baseDirectory, GitIgnorePattern[] patterns)
    {
        BaseDirectory = baseDirectory;
        _patterns = patterns;
    }

    /// <summary>"" for the work tree's top, else the directory relative to it with a trailing '/'.</summary>
    public string BaseDirectory { get; }

    public int PatternCount => _patterns.Length;

    public static GitIgnoreFile Parse(string content, string baseDirectory)
    {
        var patterns = new List<GitIgnorePattern>();
        var text = content.AsSpan();
        if (!text.IsEmpty && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        foreach (var range in text.Split('\n'))
        {
            var line = text[range];
            // git drops the '\r' of a CRLF line ending, and nothing else.
            if (!line.IsEmpty && line[^1] == '\r')
            {
                line = line[..^1];
            }
            if (GitIgnorePattern.Parse(line) is { } pattern)
            {
                patterns.Add(pattern);
            }
        }
        return new GitIgnoreFile(baseDirectory, patterns.ToArray());
    }

    /// <summary>
    /// The verdict of the last pattern matching <paramref name="path"/>: true when it ignores the path,
    /// false when it re-includes it ("!pattern"), null when no pattern matches.
    /// </summary>
    /// <param name="path">Relative to the work tree's top, '/' separators, no trailing '/'.</param>
    public bool? Decide(string path, bool isDirectory)
    {
        if (!path.StartsWith(BaseDirectory, StringComparison.Ordinal) || path.Length == BaseDirectory.Length)
        {
            return null;
        }
        var relative = path.AsSpan(BaseDirectory.Length);
        var basename = relative[(relative.LastIndexOf('/') + 1)..];
        for (var i = _patterns.Length - 1; i >= 0; i--)
        {
            var pattern = _patterns[i];
            if (pattern.Matches(relative, basename, isDirectory))
            {
                return !pattern.IsNegated;
            }
        }
        return null;
    }
}
