namespace ClawDev.Core.Configuration.Sources;

/// <summary>The entries of a per-file-ignores table, in file order: a glob pattern and the rule selectors it turns off.</summary>
internal sealed record PatternCodes(IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Entries);
