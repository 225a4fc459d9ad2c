using ClawDev.Core.Analysis;
using ClawDev.Server.Lsp.Analysis;
using ClawDev.Server.Lsp.Documents;

namespace ClawDev.Server.Lsp.Indexing;

/// <summary>Reduces a file's analysis to the <see cref="FileFacts"/> the index keeps.</summary>
internal static class FileFactsBuilder
{
    /// <param name="findings">The analysis' findings, already located in <paramref name="text"/>.</param>
    public static FileFacts Build(FileAnalysis analysis, IReadOnlyList<LocatedFinding> findings, TextDocument text, PositionEncoding encoding)
    {
        var coverage = analysis.Coverage;
        return new FileFacts(
            analysis.ModuleName,
            coverage.Total,
            coverage.Documented,
            coverage.ExcludedBecause,
            LocateMissing(coverage, text, encoding),
            findings,
            analysis.Outline);
    }

    /// <summary>Coverage's undocumented definitions (and module), each at its name in the negotiated encoding.</summary>
    private static List<MissingSymbol> LocateMissing(ModuleCoverage coverage, TextDocument text, PositionEncoding encoding) =>
        [.. coverage.Missing.Zip(coverage.MissingSpans, (symbol, span) => new MissingSymbol(symbol, encoding.ToTextRange(text, span.Start, span.End)))];
}
