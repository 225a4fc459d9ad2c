namespace ClawDev.Core.Workspace;

/// <summary>One pattern line of a .gitignore file, parsed as git's dir.c does.</summary>
internal sealed class GitIgnorePattern
{
    private enum Shape
    {
        // No wildcard at all: an ordinal comparison decides.
        Literal,
        // "*" followed by a literal, matched against a basename: a suffix comparison decides.
        StarSuffix,
        Wildcard,
    }

    private readonly string _pattern;
    private readonly Shape _shape;
    private readonly Wildmatch? _wildcard;

    private GitIgnorePattern(string pattern, bool isNegated, bool directoryOnly, bool matchesBasename)
    {
        _pattern = pattern;
        IsNegated = isNegated;
        DirectoryOnly = directoryOnly;
        MatchesBasename = matchesBasename;
        _shape = Wildmatch.IsLiteral(pattern) ? Shape.Literal
            : matchesBasename && pattern.Length > 1 && pattern[0] == '*' && Wildmatch.IsLiteral(pattern.AsSpan(1)) ? Shape.StarSuffix
            : Shape.Wildcard;
        _wildcard = _shape == Shape.Wildcard ? Wildmatch.Compile(pattern) : null;
    }

    /// <summary>"!pattern": a match re-includes the path.</summary>
    public bool IsNegated { get; }

    /// <summary>"pattern/": matches directories only.</summary>
    public bool DirectoryOnly { get; }

    /// <summary>No '/' except a trailing one: matches the last path component at any depth.
    /// Otherwise the pattern is anchored to the directory of its .gitignore file.</summary>
    public bool MatchesBasename { get; }

    /// <summary>Parses one line (without its line break); null for blank lines and comments.</summary>
    public static GitIgnorePattern? Parse(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line[0] == '#')
        {
            return null;
        }
        line = TrimUnescapedTrailingSpaces(line);
        var negated = false;
        if (!line.IsEmpty && line[0] == '!')
        {
            negated = true;
            line = line[1..];
        }
        var directoryOnly = false;
        if (!line.IsEmpty && line[^1] == '/')
        {
            directoryOnly = true;
            line = line[..^1];
        }
        var matchesBasename = line.IndexOf('/') < 0;
        if (!matchesBasename && line[0] == '/')
        {
            line = line[1..];
        }
        return line.IsEmpty ? null : new GitIgnorePattern(line.ToString(), negated, directoryOnly, matchesBasename);
    }

    /// <param name="relativePath">The path relative to the directory holding the .gitignore file.</param>
    /// <param name="basename">The last component of that path.</param>
    public bool Matches(ReadOnlySpan<char> relativePath, ReadOnlySpan<char> basename, bool isDirectory)
    {
        if (DirectoryOnly && !isDirectory)
        {
            return false;
        }
        var subject = MatchesBasename ? basename : relativePath;
        return _shape switch
        {
            Shape.Literal => subject.SequenceEqual(_pattern),
            Shape.StarSuffix => subject.EndsWith(_pattern.AsSpan(1), StringComparison.Ordinal),
            _ => _wildcard!.IsMatch(subject),
        };
    }

    // git's trim_trailing_spaces: trailing spaces go unless the last one is escaped with a backslash.
    private static ReadOnlySpan<char> TrimUnescapedTrailingSpaces(ReadOnlySpan<char> line)
    {
        var firstTrailingSpace = -1;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case ' ':
                    if (firstTrailingSpace < 0)
                    {
                        firstTrailingSpace = i;
                    }
                    break;
                case '\\':
                    i++;
                    if (i >= line.Length)
                    {
                        return line;
                    }
                    firstTrailingSpace = -1;
                    break;
                default:
                    firstTrailingSpace = -1;
                    break;
            }
        }
        return firstTrailingSpace < 0 ? line : line[..firstTrailingSpace];
    }

    public override string ToString() =>
        (IsNegated ? "!" : "") + (MatchesBasename ? "" : "/") + _pattern + (DirectoryOnly ? "/" : "");
}
