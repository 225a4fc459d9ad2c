namespace ClawDev.Core.Configuration.Resolution;

/// <summary>A file of the project in the forms the matchers need.</summary>
/// <param name="Relative">Relative to the project root, '/' separators, e.g. "src/pkg/mod.py".</param>
/// <param name="Absolute">The root joined with <paramref name="Relative"/>, e.g. "/work/repo/src/pkg/mod.py".</param>
internal readonly record struct FilePath(string Relative, string Absolute)
{
    public static FilePath Under(string root, string relative)
    {
        relative = relative.Replace('\\', '/').TrimStart('/');
        while (relative.StartsWith("./", StringComparison.Ordinal))
        {
            relative = relative[2..];
        }

        return new FilePath(relative, $"{root}/{relative}");
    }

    public string FileName => Relative[(Relative.LastIndexOf('/') + 1)..];

    /// <summary>The directories above the file, outermost first, as relative paths: "src", "src/pkg".</summary>
    public IEnumerable<string> Directories()
    {
        for (var slash = Relative.IndexOf('/'); slash >= 0; slash = Relative.IndexOf('/', slash + 1))
        {
            yield return Relative[..slash];
        }
    }
}
