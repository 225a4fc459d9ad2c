using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Server.Lsp.Analysis;
using ClawDev.Server.Lsp.Documents;
using ClawDev.Server.Lsp.Workspace;

namespace ClawDev.Server.Lsp.Diagnostics;

/// <summary>Converts Core findings to LSP diagnostics: the only place findings meet protocol types.</summary>
internal static class DiagnosticFactory
{
    public const string Source = "clawdev";

    /// <summary>Each finding of <paramref name="analysis"/> with its range in <paramref name="text"/> (the text it was found in).</summary>
    public static IReadOnlyList<LocatedFinding> Locate(FileAnalysis analysis, TextDocument text, PositionEncoding encoding)
    {
        var located = new LocatedFinding[analysis.Findings.Count];
        for (var i = 0; i < located.Length; i++)
        {
            var finding = analysis.Findings[i];
            located[i] = new LocatedFinding(finding, encoding.ToTextRange(text, finding.Span.Start, finding.Span.End));
        }
        return located;
    }

    /// <param name="version">The open document's version, or null for a file read from disk.</param>
    /// <param name="profile">The profile of the document's folder: severity follows exposure in the contribution one.</param>
    public static IReadOnlyList<Diagnostic> Create(IReadOnlyList<LocatedFinding> findings, int? version, ClawDevSettings settings, AnalysisProfile profile)
    {
        var diagnostics = new Diagnostic[findings.Count];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var (finding, range) = findings[i];
            diagnostics[i] = new Diagnostic
            {
                Range = range.ToProtocol(),
                Severity = settings.SeverityOf(finding, profile),
                Code = finding.Code,
                CodeDescription = RuleDocumentation.DescriptionFor(finding.Code),
                Source = Source,
                Message = CopyAdvice.For(finding) is { } advice ? $"{finding.Message} ({advice})" : finding.Message,
                Data = new DiagnosticData(finding.Code, finding.Symbol, finding.Parameters, version),
            };
        }
        return diagnostics;
    }
}
