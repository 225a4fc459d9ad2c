using System.Runtime.CompilerServices;
using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Python;
using ClawDev.Server.Lsp.Documents;

namespace ClawDev.Server.Lsp.Analysis;

/// <summary>The outcome of analysing one text: the analysis, or why there is none.</summary>
internal readonly record struct AnalysisOutcome(FileAnalysis? Analysis, string? Reason);

/// <summary>
/// Runs the Core engine on an open document with the rules its folder's configuration enables. Each document
/// version is analysed once per configuration: diagnostics, hover and code actions share the result, which lives
/// as long as that version of the document does, or until the server that owns this cache
/// (<see cref="Workspace.ServerState.Analyses"/>) is disposed.
/// </summary>
internal sealed class DocumentAnalyzer : IDisposable
{
    private readonly ConditionalWeakTable<TextDocument, CachedOutcome> _cache = [];

    public AnalysisOutcome Analyze(TextDocument document, AnalysisTarget target, CancellationToken cancellationToken)
    {
        var configuration = target.Root.Configuration;
        if (_cache.TryGetValue(document, out var cached) && ReferenceEquals(cached.Configuration, configuration) && cached.RelativePath == target.RelativePath)
        {
            return cached.Outcome;
        }
        var outcome = Analyze(document.Text, target, cancellationToken);
        _cache.AddOrUpdate(document, new CachedOutcome(configuration, target.RelativePath, outcome));
        return outcome;
    }

    public void Dispose() => _cache.Clear();

    private static AnalysisOutcome Analyze(string text, AnalysisTarget target, CancellationToken cancellationToken)
    {
        if (target.Root.Configuration is not { } configuration)
        {
            return new AnalysisOutcome(null, target.Root.ConfigurationProblem);
        }
        if ((configuration.Exclusion(target.RelativePath) ?? configuration.ContentExclusion(target.RelativePath, text)) is var (_, excluded))
        {
            return new AnalysisOutcome(null, $"{target.RelativePath} is not checked: {excluded}");
        }
        var fileSettings = configuration.ForFile(target.RelativePath);
        var module = PythonParser.Parse(text, cancellationToken);
        return new AnalysisOutcome(FileAnalyzer.Analyze(module, target.RelativePath, fileSettings, configuration.ModuleName(target.RelativePath), cancellationToken, configuration.IsLibraryModule(target.RelativePath)), null);
    }

    private sealed record CachedOutcome(ProjectConfiguration? Configuration, string RelativePath, AnalysisOutcome Outcome);
}
