namespace ClawDev.Core.Drafting.Grounding;

/// <summary>The most common description of a parameter name in the workspace.</summary>
/// <param name="Count">How many docstrings describe the parameter with exactly this text.</param>
/// <param name="Path">The first file (in ordinal order) saying it.</param>
/// <param name="Symbol">The definition in that file saying it.</param>
public sealed record GroundedDescription(string Parameter, string Description, int Count, string Path, string Symbol);

/// <summary>A reusable text, the definition whose docstring says it, the 1-based line it stands on and the type written with it.</summary>
public readonly record struct SourcedText(string Text, string Symbol, int Line = 0, string? Type = null);

/// <summary>The documentation of a base-class method an override can reuse.</summary>
/// <param name="Path">The file defining the base class.</param>
/// <param name="Symbol">The documented method ("BaseTrainer.train"; for a constructor documented in the class docstring, the class).</param>
/// <param name="Summary">Its summary, or null.</param>
/// <param name="Parameters">Parameter descriptions by name, each with the definition documenting it.</param>
/// <param name="Returns">The description of its return value, or null.</param>
public sealed record InheritedDocumentation(
    string Path,
    string Symbol,
    string? Summary,
    IReadOnlyDictionary<string, SourcedText> Parameters,
    string? Returns);
