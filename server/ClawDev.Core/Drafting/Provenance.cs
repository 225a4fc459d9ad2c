namespace ClawDev.Core.Drafting;

/// <summary>Where grounded text in a draft came from.</summary>
public enum GroundingSource
{
    /// <summary>The most common description of a parameter with the same name elsewhere in the workspace.</summary>
    SameParameterName,

    /// <summary>The documentation of the method this one overrides in a base class.</summary>
    BaseClassMethod,
}

/// <summary>One part of a draft that was not a placeholder, and its origin.</summary>
/// <param name="Symbol">The definition the draft is for ("Trainer.train").</param>
/// <param name="Part">What was filled in: "summary", "parameter lr", "returns".</param>
/// <param name="Source">How it was found.</param>
/// <param name="Path">The file it was taken from, as the index knows it.</param>
/// <param name="SourceSymbol">The definition it was taken from ("BaseTrainer.train", "SGD.__init__").</param>
/// <param name="Count">How many docstrings in the workspace say the same (1 for a base-class method).</param>
public sealed record Provenance(string Symbol, string Part, GroundingSource Source, string Path, string SourceSymbol, int Count)
{
    public override string ToString() => Source == GroundingSource.BaseClassMethod
        ? $"{Symbol} {Part}: from the base-class method {SourceSymbol} ({Path})"
        : $"{Symbol} {Part}: the most common description ({Count} docstring{(Count == 1 ? "" : "s")}), e.g. {SourceSymbol} ({Path})";
}
