namespace ClawDev.Core.Configuration.Sources;

/// <summary>A TOML table read from a configuration file: keys in file order, each with its value and 1-based line.
/// Values are string, long, double, bool, a date-time rendered as text, <see cref="TomlTableValue"/> or a list of values.</summary>
internal sealed class TomlTableValue
{
    // Entries as objects, not value tuples: a dictionary over a tuple is compiled at every start, not ahead of time.
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];

    public IReadOnlyList<string> Keys => _keys;

    public bool TryGet(string key, out object value, out int line)
    {
        var found = _entries.TryGetValue(key, out var entry);
        (value, line) = found ? (entry!.Value, entry.Line) : (null!, 0);
        return found;
    }

    /// <summary>Adds <paramref name="key"/>; a table defined again in pieces (<c>[tool]</c> after <c>[tool.ruff]</c>)
    /// is merged. Returns the line of the earlier definition when the key is already a value (invalid TOML).</summary>
    public int? Add(string key, object value, int line)
    {
        if (!_entries.TryGetValue(key, out var existing))
        {
            _entries[key] = new Entry(value, line);
            _keys.Add(key);
            return null;
        }

        if (existing.Value is TomlTableValue table && value is TomlTableValue addition)
        {
            foreach (var childKey in addition.Keys)
            {
                addition.TryGet(childKey, out var childValue, out var childLine);
                if (table.Add(childKey, childValue, childLine) is { } clash)
                {
                    return clash;
                }
            }

            return null;
        }

        return existing.Line;
    }

    private sealed record Entry(object Value, int Line);
}
