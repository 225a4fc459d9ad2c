using ClawDev.Core.Configuration.Codes;
using ClawDev.Core.Configuration.Sources;

namespace ClawDev.Core.Configuration.Tools.Ruff;

/// <summary>The select/extend-select/ignore/extend-ignore of one ruff configuration file, with the options they came from.</summary>
internal sealed record RuffSelectionLayer(RuleSelection Selection, IReadOnlyList<SourcedOption<IReadOnlyList<string>>> Options);
