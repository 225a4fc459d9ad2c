namespace ClawDev.Core.Drafting;

/// <summary>
/// What a drafting action produced: edits against the file text (sorted, non-overlapping), where grounded text
/// came from, and an explanation: why there are no edits, or, for a whole file, which definitions were left out
/// and why (null when everything was drafted).
/// </summary>
public sealed record DraftResult(IReadOnlyList<TextEdit> Edits, IReadOnlyList<Provenance> Provenance, string? Explanation)
{
    public bool HasEdits => Edits.Count > 0;

    /// <summary>What the user should know about a draft that has edits (it used partial evidence while the workspace was being indexed).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Where the draft's text came from and its notes, one line each, for an editor's preview or a terminal.</summary>
    public IEnumerable<string> Describe() => Provenance.Select(static p => p.ToString()).Concat(Notes);

    /// <summary>No edits, for a reason the user can read ("it already has a docstring").</summary>
    public static DraftResult Nothing(string explanation) => new([], [], explanation);
}
