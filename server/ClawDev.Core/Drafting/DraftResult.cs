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

    /// <summary>
    /// The parts whose text <paramref name="edit"/> (one of <see cref="Edits"/>) writes, so each edit can say where
    /// its own sentences come from; a part no edit shows word for word goes with the first edit.
    /// </summary>
    public IReadOnlyList<Provenance> PartsOf(TextEdit edit) =>
        [.. Provenance.Where(p => p.IsWrittenIn(edit.NewText) || (Edits.Count > 0 && edit == Edits[0] && !Edits.Any(e => p.IsWrittenIn(e.NewText))))];

    /// <summary>No edits, for a reason the user can read ("it already has a docstring").</summary>
    public static DraftResult Nothing(string explanation) => new([], [], explanation);
}
