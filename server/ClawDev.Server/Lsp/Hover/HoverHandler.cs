using ClawDev.Core.Python;
using ClawDev.Server.Lsp.Analysis;
using ClawDev.Server.Lsp.Host;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Hover;

/// <summary>On a def, class or parameter name: its documentation status, how exposed it is, the rules that report
/// it (and what is not reported, and why), and its module's coverage. In a file that is not checked: why.</summary>
[LspMethod(Methods.TextDocumentHover)]
internal sealed class HoverHandler(ResolvedFindings resolved) : IRequestHandler<HoverParams, Hover?>, ITextDocumentHandler<HoverParams>
{
    public string GetTextDocumentUri(HoverParams parameters) => parameters.TextDocument.Uri;

    public Task<Hover?> HandleAsync(HoverParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (context.Document is not { } document
            || AnalysisTarget.Locate(document.Uri, state.Roots, state.Settings.Rules) is not { } target)
        {
            return Task.FromResult<Hover?>(null);
        }
        var outcome = state.Analyses.Analyze(document, target, cancellationToken);
        var module = outcome.Analysis?.Module ?? PythonParser.Parse(document.Text, cancellationToken);
        var encoding = state.Client.Encoding;
        if (SymbolAtPosition.Find(module, encoding.ToOffset(document, parameters.Position)) is not { } symbol)
        {
            return Task.FromResult<Hover?>(null);
        }
        var markdown = outcome.Analysis is { } analysis
            ? HoverMarkdown.For(symbol, resolved.Of(analysis, target, state), resolved.FactsFor(target.Root, target.IsInWorkspace, state))
            : HoverMarkdown.NotChecked(symbol, outcome.Reason ?? "the file is not analysed");
        var range = encoding.ToRange(document, symbol.NameSpan.Start, symbol.NameSpan.End);
        return Task.FromResult<Hover?>(new Hover(MarkupContent.Markdown(markdown), range));
    }
}
