namespace ClawDev.Core.Drafting;

/// <summary>The outcome of drafting for one definition (or the module), before results are combined.</summary>
/// <param name="DocumentedParameters">The parameters the edits document, so a class and its __init__ drafted together do not both list them.</param>
internal sealed record TargetDraft(
    IReadOnlyList<TextEdit> Edits,
    IReadOnlyList<Provenance> Provenance,
    string? Explanation,
    IReadOnlyCollection<string> DocumentedParameters)
{
    /// <summary>What the user should know about the edits ("renamed the entry of a to b: …").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public static TargetDraft Nothing(string explanation) => new([], [], explanation, []);

    public DraftResult ToResult() => new(Edits, Provenance, Explanation) { Notes = Notes };
}
