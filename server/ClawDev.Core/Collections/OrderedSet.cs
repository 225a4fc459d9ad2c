using System.Collections;

namespace ClawDev.Core.Collections;

/// <summary>
/// Distinct items in the order they were first added, with constant-time addition, membership and removal: what a
/// list guarded by <c>Contains</c> gives, without its quadratic cost when a file lists tens of thousands of names.
/// </summary>
internal sealed class OrderedSet<T> : IReadOnlyCollection<T>
    where T : notnull
{
    // Removed items stay in place, marked, so that positions never shift.
    private readonly List<(T Item, bool Removed)> _entries = [];
    private readonly Dictionary<T, int> _positions;

    public OrderedSet(IEqualityComparer<T>? comparer = null)
    {
        _positions = new Dictionary<T, int>(comparer);
    }

    public int Count => _positions.Count;

    /// <returns>False when the item was already there (it keeps its place).</returns>
    public bool Add(T item)
    {
        if (!_positions.TryAdd(item, _entries.Count))
        {
            return false;
        }
        _entries.Add((item, false));
        return true;
    }

    public bool Contains(T item) => _positions.ContainsKey(item);

    public bool Remove(T item)
    {
        if (!_positions.Remove(item, out var position))
        {
            return false;
        }
        _entries[position] = (item, true);
        return true;
    }

    public void Clear()
    {
        _entries.Clear();
        _positions.Clear();
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var (item, removed) in _entries)
        {
            if (!removed)
            {
                yield return item;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
