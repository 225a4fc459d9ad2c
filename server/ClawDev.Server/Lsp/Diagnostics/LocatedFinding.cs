using ClawDev.Core.Analysis;
using Range = ClawDev.Server.Lsp.Protocol.Range;

namespace ClawDev.Server.Lsp.Diagnostics;

/// <summary>A Core finding with the range an editor underlines, in the negotiated position encoding.</summary>
internal sealed record LocatedFinding(Finding Finding, Range Range);
