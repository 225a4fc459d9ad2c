using ClawDev.Core.Analysis;
using ClawDev.Core.Library;
using ClawDev.Server.Lsp.Analysis;
using ClawDev.Server.Lsp.Documents;

namespace ClawDev.Server.Lsp.Indexing;

/// <summary>
/// What the index keeps of one analysed file: its findings and coverage, located in the negotiated position
/// encoding. The text and the parsed outline are dropped (a large workspace would not fit otherwise); an open
/// document's full analysis is available from its own text.
/// </summary>
/// <param name="ModuleName">Dotted module name ("pkg.sub.mod").</param>
/// <param name="Total">Definitions (and the module) that count towards coverage.</param>
/// <param name="Documented">How many of those have a docstring.</param>
/// <param name="ExcludedBecause">Why the whole file does not count (e.g. "ignore-init-module"), or null.</param>
/// <param name="Missing">The undocumented ones that count, in file order.</param>
/// <param name="Findings">Every finding of the file's own analysis, in the order the rules reported them, before
/// what the whole folder says is applied (<see cref="Diagnostics.ResolvedFindings"/>).</param>
/// <param name="Outline">What other modules need to know of this one, or null when it could not be read.</param>
internal sealed record FileFacts(
    string ModuleName,
    int Total,
    int Documented,
    string? ExcludedBecause,
    IReadOnlyList<MissingSymbol> Missing,
    IReadOnlyList<LocatedFinding> Findings,
    ModuleOutline? Outline)
{
    public double Percent => CoveragePercent.Of(Documented, Total);

    /// <summary>True when <paramref name="other"/> would show the same coverage (numbers and missing symbols).</summary>
    public bool HasSameCoverageAs(FileFacts? other) =>
        other is not null
        && Total == other.Total
        && Documented == other.Documented
        && ExcludedBecause == other.ExcludedBecause
        && Missing.Select(m => m.Symbol).SequenceEqual(other.Missing.Select(m => m.Symbol), StringComparer.Ordinal);
}

/// <summary>A definition (or the module) that counts towards coverage and has no docstring.</summary>
/// <param name="Symbol">Its qualified name; the dotted module name for the module.</param>
/// <param name="Range">Its name (the start of the file for the module).</param>
internal readonly record struct MissingSymbol(string Symbol, TextRange Range);
