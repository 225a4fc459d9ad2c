using ClawDev.Core.Analysis;
using ClawDev.Server.Lsp.Documents;

namespace ClawDev.Server.Lsp.Analysis;

/// <summary>A Core finding with the range an editor underlines, in the negotiated position encoding.</summary>
internal readonly record struct LocatedFinding(Finding Finding, TextRange Range);
