using ClawDev.Core.Analysis;
using ClawDev.Core.Python;

namespace ClawDev.Server.Lsp.Diagnostics;

/// <summary>The outcome of analysing one text: the analysis, or why there is none.</summary>
internal readonly record struct AnalysisOutcome(FileAnalysis? Analysis, string? Reason);

/// <summary>Runs the Core engine on a text with the rules its folder's configuration enables.</summary>
internal static class DocumentAnalyzer
{
    public static AnalysisOutcome Analyze(string text, AnalysisTarget target, CancellationToken cancellationToken)
    {
        if (target.Root.Configuration is not { } configuration)
        {
            return new AnalysisOutcome(null, target.Root.ConfigurationProblem);
        }
        if (configuration.ExclusionReason(target.RelativePath) is { } excluded)
        {
            return new AnalysisOutcome(null, $"{target.RelativePath} is excluded: {excluded}");
        }
        var fileSettings = configuration.ForFile(target.RelativePath);
        var module = PythonParser.Parse(text, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return new AnalysisOutcome(FileAnalyzer.Analyze(module, target.RelativePath, fileSettings), null);
    }
}
