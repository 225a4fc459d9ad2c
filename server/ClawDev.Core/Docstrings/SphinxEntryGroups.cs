namespace ClawDev.Core.Docstrings;

/// <summary>The entries of one Sphinx docstring in the order they were made, found by section and name in constant
/// time (a docstring with tens of thousands of fields is read in linear time).</summary>
internal sealed class SphinxEntryGroups
{
    private readonly Dictionary<(SectionKind Section, string Key), Bucket> _byKey = [];

    public List<SphinxEntryGroup> All { get; } = [];

    /// <summary>The first entry made for <paramref name="key"/> in <paramref name="section"/> (with
    /// <paramref name="withoutMain"/>: the first that no :param:/:keyword:/:var: field made yet), or null.</summary>
    public SphinxEntryGroup? Find(SectionKind section, string key, bool withoutMain)
    {
        if (!_byKey.TryGetValue((section, ParameterNames.Normalize(key)), out var bucket))
        {
            return null;
        }
        if (!withoutMain)
        {
            return bucket.Groups[0];
        }
        // An entry never loses its main field, so the first one without it only ever moves forward.
        while (bucket.FirstWithoutMain < bucket.Groups.Count && bucket.Groups[bucket.FirstWithoutMain].HasMain)
        {
            bucket.FirstWithoutMain++;
        }
        return bucket.FirstWithoutMain < bucket.Groups.Count ? bucket.Groups[bucket.FirstWithoutMain] : null;
    }

    /// <param name="key">Null for an entry that never merges with another.</param>
    public SphinxEntryGroup Create(SectionKind section, string? key, int firstLine)
    {
        var normalized = key is null ? null : ParameterNames.Normalize(key);
        var group = new SphinxEntryGroup(section, normalized, firstLine);
        All.Add(group);
        if (normalized is not null)
        {
            if (!_byKey.TryGetValue((section, normalized), out var bucket))
            {
                _byKey[(section, normalized)] = bucket = new Bucket();
            }
            bucket.Groups.Add(group);
        }
        return group;
    }

    private sealed class Bucket
    {
        public List<SphinxEntryGroup> Groups { get; } = [];
        public int FirstWithoutMain { get; set; }
    }
}
