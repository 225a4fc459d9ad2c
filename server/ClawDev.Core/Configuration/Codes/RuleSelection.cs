namespace ClawDev.Core.Configuration.Codes;

/// <summary>One layer of rule selection as ruff models it: the select, extend-select and ignore lists of one
/// configuration (ignore includes extend-ignore).</summary>
/// <param name="Select">Null when the layer does not set <c>select</c> (it then builds on the layer before).</param>
internal sealed record RuleSelection(
    IReadOnlyList<RuleSelector>? Select,
    IReadOnlyList<RuleSelector> ExtendSelect,
    IReadOnlyList<RuleSelector> Ignore);
