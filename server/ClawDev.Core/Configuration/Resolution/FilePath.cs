namespace ClawDev.Core.Configuration.Resolution;

/// <summary>A file of the project in the forms the matchers need.</summary>
/// <param name="Relative">Relative to the project root, '/' separators, e.g. "src/pkg/mod.py".</param>
/// <param name="Absolute">The root joined with <paramref name="Relative"/>, e.g. "/work/repo/src/pkg/mod.py".</param>
internal readonly record struct FilePath(string Relative, string Absolute)
{
    public static FilePath Under(string root, string relative)
    {
        relative = Normalized(relative);
        return new FilePath(relative, $"{root}/{relative}");
    }

    /// <summary>The relative path of <see cref="Under"/> alone, for questions about it that need no absolute path
    /// (which would be one more string per file and question).</summary>
    public static string Normalized(string relative)
    {
        relative = relative.Replace('\\', '/').TrimStart('/');
        while (relative.StartsWith("./", StringComparison.Ordinal))
        {
            relative = relative[2..];
        }
        return relative;
    }

    public string FileName => Relative[(Relative.LastIndexOf('/') + 1)..];

    /// <summary>The directories above the file, outermost first, then the file itself: "src", "src/pkg",
    /// "src/pkg/mod.py". Spans of the two paths, not new strings: every exclusion walks them for every file.</summary>
    public PathWalk FromRoot() => new(this);

    /// <summary>Enumerates <see cref="FromRoot"/>.</summary>
    public ref struct PathWalk(FilePath file)
    {
        private readonly int _rootLength = file.Absolute.Length - file.Relative.Length;
        private int _end = -1;
        private int _nameStart;

        public readonly PathWalk GetEnumerator() => this;

        /// <summary>The path to the current directory (or the file): relative, absolute, and its last name.</summary>
        public readonly PathStep Current => new(
            file.Relative.AsSpan(0, _end), file.Absolute.AsSpan(0, _rootLength + _end), file.Relative.AsSpan(_nameStart, _end - _nameStart));

        /// <summary>Whether the current step is the file itself, not a directory above it.</summary>
        public readonly bool AtFile => _end == file.Relative.Length;

        public bool MoveNext()
        {
            if (_end == file.Relative.Length)
            {
                return false;
            }
            _nameStart = _end + 1;
            var slash = file.Relative.IndexOf('/', _nameStart);
            _end = slash < 0 ? file.Relative.Length : slash;
            return true;
        }
    }
}

/// <summary>One step of <see cref="FilePath.FromRoot"/>: "src/pkg", "/repo/src/pkg" and "pkg".</summary>
internal readonly ref struct PathStep(ReadOnlySpan<char> relative, ReadOnlySpan<char> absolute, ReadOnlySpan<char> name)
{
    public ReadOnlySpan<char> Relative { get; } = relative;
    public ReadOnlySpan<char> Absolute { get; } = absolute;
    public ReadOnlySpan<char> Name { get; } = name;
}
