using ClawDev.Core.Analysis;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Protocol;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Diagnostics;

/// <summary>Converts Core findings to LSP diagnostics: the only place findings meet protocol types.</summary>
internal static class DiagnosticFactory
{
    public const string Source = "clawdev";

    /// <param name="version">The open document's version, or null for a file read from disk.</param>
    public static IReadOnlyList<Diagnostic> Create(FileAnalysis analysis, TextDocument document, int? version, PositionEncoding encoding, ClawDevSettings settings)
    {
        var diagnostics = new Diagnostic[analysis.Findings.Count];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var finding = analysis.Findings[i];
            diagnostics[i] = new Diagnostic
            {
                Range = encoding.ToRange(document, finding.Span.Start, finding.Span.End),
                Severity = settings.SeverityOf(finding.Code),
                Code = finding.Code,
                CodeDescription = RuleDocumentation.LinkFor(finding.Code) is { } link ? new CodeDescription(link) : null,
                Source = Source,
                Message = finding.Message,
                Data = new DiagnosticData(finding.Code, finding.Symbol, finding.Parameters, version),
            };
        }
        return diagnostics;
    }
}
