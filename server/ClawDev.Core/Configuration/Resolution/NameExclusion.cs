namespace ClawDev.Core.Configuration.Resolution;

/// <summary>Excludes a file when it, or a directory above it, has one of the names, e.g. ruff's default excludes.</summary>
/// <param name="describe">Says which exclusion a name belongs to, e.g. <c>name => $"ruff's default exclude \"{name}\""</c>.</param>
internal sealed class NameExclusion(IReadOnlyCollection<string> names, Func<string, string> describe) : IExclusion
{
    private readonly HashSet<string> _names = new(names, StringComparer.Ordinal);

    public string? Reason(FilePath file)
    {
        foreach (var path in file.Directories().Append(file.Relative))
        {
            var name = path[(path.LastIndexOf('/') + 1)..];
            if (_names.Contains(name))
            {
                return $"excluded by {describe(name)}";
            }
        }

        return null;
    }
}
