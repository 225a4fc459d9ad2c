using ClawDev.Core.Configuration.Sources;

namespace ClawDev.Core.Configuration.Tools.Ruff;

/// <summary>The ruff options ClawDev reads, from one configuration file (or an <c>extend</c> chain of them).
/// Every option keeps its origin: patterns are relative to the directory of the file that wrote them.</summary>
internal sealed record RuffOptions
{
    /// <summary>The top level of the file: "pyproject.toml [tool.ruff]" or "ruff.toml".</summary>
    public required ConfigOrigin Origin { get; init; }

    /// <summary>Rule-selection layers, the base of an <c>extend</c> chain first.</summary>
    public IReadOnlyList<RuffSelectionLayer> Layers { get; init; } = [];

    public SourcedOption<PatternCodes>? PerFileIgnores { get; init; }

    public IReadOnlyList<SourcedOption<PatternCodes>> ExtendPerFileIgnores { get; init; } = [];

    public SourcedOption<Convention>? Convention { get; init; }

    public SourcedOption<IReadOnlyList<string>>? IgnoreDecorators { get; init; }

    public SourcedOption<IReadOnlyList<string>>? PropertyDecorators { get; init; }

    public SourcedOption<bool>? IgnoreVarParameters { get; init; }

    public SourcedOption<IReadOnlyList<string>>? Exclude { get; init; }

    public IReadOnlyList<SourcedOption<IReadOnlyList<string>>> ExtendExclude { get; init; } = [];

    public SourcedOption<IReadOnlyList<string>>? LintExclude { get; init; }

    /// <summary>The line length ruff's formatter and E501 keep to (top-level <c>line-length</c>).</summary>
    public SourcedOption<double>? LineLength { get; init; }

    /// <summary>These options as the base of <paramref name="child"/>, combined as ruff's <c>Configuration::combine</c>:
    /// the child's value wins, selections and extend-* lists accumulate base first.</summary>
    public RuffOptions ExtendedBy(RuffOptions child) => child with
    {
        Layers = [.. Layers, .. child.Layers],
        PerFileIgnores = child.PerFileIgnores ?? PerFileIgnores,
        ExtendPerFileIgnores = [.. ExtendPerFileIgnores, .. child.ExtendPerFileIgnores],
        Convention = child.Convention ?? Convention,
        IgnoreDecorators = child.IgnoreDecorators ?? IgnoreDecorators,
        PropertyDecorators = child.PropertyDecorators ?? PropertyDecorators,
        IgnoreVarParameters = child.IgnoreVarParameters ?? IgnoreVarParameters,
        Exclude = child.Exclude ?? Exclude,
        ExtendExclude = [.. ExtendExclude, .. child.ExtendExclude],
        LintExclude = child.LintExclude ?? LintExclude,
        LineLength = child.LineLength ?? LineLength,
    };
}
