namespace ClawDev.Core.Configuration.Resolution;

/// <summary>Excludes a file when it, or a directory above it, has one of the names, e.g. ruff's default excludes.</summary>
/// <param name="describe">Says which exclusion a name belongs to, e.g. <c>name => $"ruff's default exclude \"{name}\""</c>.</param>
internal sealed class NameExclusion(IReadOnlyCollection<string> names, Func<string, string> describe) : IExclusion
{
    private readonly HashSet<string> _names = new(names, StringComparer.Ordinal);

    public string? Reason(FilePath file)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var step in file.FromRoot())
        {
            if (lookup.TryGetValue(step.Name, out var name))
            {
                return $"excluded by {describe(name)}";
            }
        }

        return null;
    }
}
