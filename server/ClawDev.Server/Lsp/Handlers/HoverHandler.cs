using ClawDev.Server.Lsp.Diagnostics;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.HoverText;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Handlers;

/// <summary>On a def, class or parameter name: its documentation status, the rules that report it, and its module's coverage.</summary>
[LspMethod(Methods.TextDocumentHover)]
internal sealed class HoverHandler : IRequestHandler<HoverParams, Hover?>
{
    public Task<Hover?> HandleAsync(HoverParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (!state.Documents.TryGetValue(parameters.TextDocument.Uri, out var document)
            || AnalysisTarget.Locate(document.Uri, state.Roots, state.Settings.Rules) is not { } target
            || DocumentAnalyzer.Analyze(document, target, cancellationToken).Analysis is not { } analysis)
        {
            return Task.FromResult<Hover?>(null);
        }
        var encoding = state.Client.Encoding;
        if (SymbolAtPosition.Find(analysis.Module, encoding.ToOffset(document, parameters.Position)) is not { } symbol)
        {
            return Task.FromResult<Hover?>(null);
        }
        var range = encoding.ToRange(document, symbol.NameSpan.Start, symbol.NameSpan.End);
        return Task.FromResult<Hover?>(new Hover(MarkupContent.Markdown(HoverMarkdown.For(symbol, analysis)), range));
    }
}
