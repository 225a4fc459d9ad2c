namespace ClawDev.Core.Configuration.Resolution;

/// <summary>Excludes a file when it, or a directory above it, has one of the names, e.g. ruff's default excludes.</summary>
/// <param name="describe">Says which exclusion a name belongs to, e.g. <c>name => $"ruff's default exclude \"{name}\""</c>.</param>
internal sealed class NameExclusion(IReadOnlyCollection<string> names, Func<string, string> describe) : IExclusion
{
    // A dictionary rather than a set: the framework has the span lookup of a dictionary of strings compiled ahead of
    // time, a set's was compiled at every start.
    private readonly Dictionary<string, string> _names = names.Distinct(StringComparer.Ordinal).ToDictionary(name => name, StringComparer.Ordinal);

    public string? Reason(FilePath file)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var step in file.FromRoot())
        {
            if (lookup.TryGetValue(step.Name, out var name, out _))
            {
                return $"excluded by {describe(name)}";
            }
        }

        return null;
    }
}
