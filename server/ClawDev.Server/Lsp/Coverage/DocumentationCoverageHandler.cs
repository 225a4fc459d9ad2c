using ClawDev.Core.Analysis;
using ClawDev.Core.Library;
using ClawDev.Server.Lsp.Analysis;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Indexing;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;
using StreamJsonRpc;

namespace ClawDev.Server.Lsp.Coverage;

/// <summary><c>clawdev/documentationCoverage</c>: coverage per module from the workspace index (see <see cref="DocumentationCoverageParams"/>).</summary>
[LspMethod(Methods.ClawDevDocumentationCoverage)]
internal sealed class DocumentationCoverageHandler(ResolvedFindings resolved) : IRequestHandler<DocumentationCoverageParams, DocumentationCoverageResult>
{
    public Task<DocumentationCoverageResult> HandleAsync(DocumentationCoverageParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var index = state.Index;
        IEnumerable<IndexedFile> files = index.Files.Values;
        if (parameters.Uri is { } uri)
        {
            var path = DocumentUris.ToLocalPath(uri)
                ?? throw new LocalRpcException($"'{uri}' is not a file: URI") { ErrorCode = LspErrorCodes.InvalidParams };
            files = index.Under(path);
        }
        var modules = files
            .Where(file => file.Facts is not null)
            .OrderBy(file => file.Uri, StringComparer.Ordinal)
            .Select(file => Entry(file, state))
            .ToList();
        var total = modules.Sum(module => module.Total);
        var documented = modules.Sum(module => module.Documented);
        return Task.FromResult(new DocumentationCoverageResult(state.IsIndexComplete, new CoverageTotals(total, documented, CoveragePercent.Of(documented, total)), modules));
    }

    private ModuleCoverageEntry Entry(IndexedFile file, ServerState state)
    {
        var facts = file.Facts!;
        Exposure ExposureOf(string symbol) => resolved.ExposureOf(file, symbol == facts.ModuleName ? "" : symbol, state);
        return new ModuleCoverageEntry
        {
            Uri = file.Uri,
            Path = file.RelativePath,
            Module = facts.ModuleName,
            Total = facts.Total,
            Documented = facts.Documented,
            Percent = facts.Percent,
            ExcludedBecause = facts.ExcludedBecause,
            Missing = [.. facts.Missing
                .Select(missing => (Missing: missing, Exposure: ExposureOf(missing.Symbol)))
                .OrderByDescending(entry => entry.Exposure)
                .ThenBy(entry => entry.Missing.Range.StartLine)
                .Select(entry => new MissingDocumentation(entry.Missing.Symbol, entry.Missing.Range.StartLine, entry.Missing.Range.ToProtocol(), Exposures.Name(entry.Exposure)))],
        };
    }
}
