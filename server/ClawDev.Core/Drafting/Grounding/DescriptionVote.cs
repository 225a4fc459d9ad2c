namespace ClawDev.Core.Drafting.Grounding;

/// <summary>Picks the most common description among documented parameters of one name.</summary>
internal static class DescriptionVote
{
    public static GroundedDescription? Winner(string name, string? typeKey, List<(string Path, ParameterRecord Record)> candidates)
    {
        if (typeKey is not null)
        {
            var sameType = candidates.FindAll(c => c.Record.TypeKey is not null && TypeKey.Compatible(c.Record.TypeKey, typeKey));
            candidates = sameType.Count > 0 ? sameType : candidates.FindAll(static c => c.Record.TypeKey is null);
        }
        GroundedDescription? best = null;
        foreach (var group in candidates.GroupBy(static c => c.Record.Description, StringComparer.Ordinal))
        {
            var (path, record) = group.MinBy(static c => (c.Path, c.Record.Symbol), SourceOrder.Instance);
            var candidate = new GroundedDescription(name, group.Key, group.Count(), path, record.Symbol);
            if (best is null || candidate.Count > best.Count || (candidate.Count == best.Count && SourceOrder.Instance.Compare((candidate.Path, candidate.Symbol), (best.Path, best.Symbol)) < 0))
            {
                best = candidate;
            }
        }
        return best;
    }

    private sealed class SourceOrder : IComparer<(string Path, string Symbol)>
    {
        public static readonly SourceOrder Instance = new();

        public int Compare((string Path, string Symbol) x, (string Path, string Symbol) y)
        {
            var byPath = string.CompareOrdinal(x.Path, y.Path);
            return byPath != 0 ? byPath : string.CompareOrdinal(x.Symbol, y.Symbol);
        }
    }
}
