using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Drafting;
using ClawDev.Core.Python;
using ClawDev.Server.Lsp.Analysis;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.CodeActions;

/// <summary>An open document ready for drafting: its analysis, settings, style and where descriptions can come from.</summary>
internal sealed class DraftContext
{
    private readonly DraftingOptions _options;
    private readonly DraftingCache _drafters;

    private DraftContext(TextDocument document, AnalysisTarget target, FileAnalysis analysis, FileSettings settings, DraftingOptions options, DraftingCache drafters)
    {
        _drafters = drafters;
        Document = document;
        Target = target;
        Analysis = analysis;
        Settings = settings;
        _options = options;
    }

    public TextDocument Document { get; }

    public AnalysisTarget Target { get; }

    public FileAnalysis Analysis { get; }

    public FileSettings Settings { get; }

    /// <returns>Null when the document is not analysed (not a file, excluded, no readable configuration).</returns>
    public static DraftContext? Open(TextDocument document, ServerState state, DraftSources sources, CancellationToken cancellationToken)
    {
        if (AnalysisTarget.Locate(document.Uri, state.Roots, state.Settings.Rules) is not { } target
            || target.Root.Configuration is not { } configuration
            || state.Analyses.Analyze(document, target, cancellationToken).Analysis is not { } analysis)
        {
            return null;
        }
        var settings = configuration.ForFile(target.RelativePath);
        var census = state.Index.Styles.GetValueOrDefault(target.Root.Directory);
        var workspace = target.IsInWorkspace ? sources.Descriptions.For(target.Root.Directory) : null;
        var options = DraftingOptions.For(
            state.Settings.DocstringStyle,
            settings,
            census,
            workspace,
            evidenceComplete: workspace is null || state.Index.IndexedFolders.Contains(target.Root.Directory),
            project: target.IsInWorkspace ? sources.Facts.For(target.Root, state.Index) : null,
            moduleName: configuration.ModuleName(target.RelativePath),
            committed: target.IsInWorkspace ? sources.Committed.For(target.Root.Directory) : null);
        return new DraftContext(document, target, analysis, settings, options, state.Drafters);
    }

    /// <summary>The drafter, grounding descriptions on the whole workspace folder.</summary>
    public SharedDrafter Drafter() => _drafters.For(Document, Analysis, Settings, _options);

    /// <summary>
    /// The finding a diagnostic stands for in the current analysis: same code and symbol, on the same line when
    /// several match (two definitions with one name). Null when it is gone.
    /// </summary>
    public Finding? Find(string code, string symbol, int line)
    {
        Finding? sameSymbol = null;
        foreach (var finding in Analysis.Findings)
        {
            if (finding.Code != code || finding.Symbol != symbol)
            {
                continue;
            }
            if (Document.Lines.LineOf(finding.Span.Start) == line)
            {
                return finding;
            }
            sameSymbol ??= finding;
        }
        return sameSymbol;
    }

    /// <summary>Definitions are found by their findings; a module finding has none.</summary>
    public Definition? DefinitionOf(Finding finding) =>
        finding.IsAboutModule ? null : DefinitionLocator.Of(Analysis.Module, finding);
}
