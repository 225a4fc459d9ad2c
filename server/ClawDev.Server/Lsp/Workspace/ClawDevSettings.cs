using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Library;
using ClawDev.Server.Lsp.Diagnostics;

namespace ClawDev.Server.Lsp.Workspace;

/// <summary>The user's <c>clawdev.*</c> settings, as pulled with workspace/configuration.</summary>
internal sealed record ClawDevSettings
{
    public const string Section = "clawdev";

    // Before Default, which is built from it (static initialisers run in order).
    public static IReadOnlyDictionary<Exposure, DiagnosticSeverity> DefaultExposureSeverity { get; } = new Dictionary<Exposure, DiagnosticSeverity>
    {
        [Exposure.Rendered] = DiagnosticSeverity.Warning,
        [Exposure.Exported] = DiagnosticSeverity.Information,
        [Exposure.Public] = DiagnosticSeverity.Hint,
    };

    public static ClawDevSettings Default { get; } = new();

    /// <summary>Severity per rule code (upper case); codes not listed get <see cref="DefaultSeverity"/>.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> Severity { get; init; } = new Dictionary<string, DiagnosticSeverity>();

    public DiagnosticSeverity DefaultSeverity { get; init; } = DiagnosticSeverity.Warning;

    /// <summary><c>clawdev.exposureSeverity</c>: in the contribution profile, the severity of a finding by how exposed
    /// its object is — a gap on a documentation page first. A code listed in <see cref="Severity"/> wins; the
    /// pydocstyle profile (the repository's own linter) uses <see cref="DefaultSeverity"/>.</summary>
    public IReadOnlyDictionary<Exposure, DiagnosticSeverity> ExposureSeverity { get; init; } = DefaultExposureSeverity;

    /// <summary>The rule selection applied over every workspace folder's configuration (as <c>clawdev scan --select/--ignore</c>).</summary>
    public RuleOverrides Rules { get; init; } = RuleOverrides.None;

    /// <summary>Publish diagnostics for every file of the workspace, not only open ones.</summary>
    public bool WorkspaceDiagnostics { get; init; }

    /// <summary>The docstring style drafts are written in, or null ("auto") to follow the repository.</summary>
    public DocstringStyle? DocstringStyle { get; init; }

    /// <summary>How long after the last edit an open document is analysed.</summary>
    public int DebounceMilliseconds { get; init; } = 50;

    /// <summary><c>clawdev.github.upstream</c>: the upstream as <c>owner/repo</c> or a URL; null to detect it.</summary>
    public string? GitHubUpstream { get; init; }

    /// <summary><c>clawdev.github.apiUrl</c>: the REST API's base URL; null for the upstream host's.</summary>
    public string? GitHubApiUrl { get; init; }

    /// <summary><c>clawdev.pullRequest.remote</c>: the git remote of the user's fork; null to find it.</summary>
    public string? PullRequestRemote { get; init; }

    public DiagnosticSeverity SeverityOf(Finding finding, AnalysisProfile profile) =>
        Severity.TryGetValue(finding.Code, out var severity) ? severity
        : profile == AnalysisProfile.Contribution && ExposureSeverity.TryGetValue(finding.Exposure, out var byExposure) ? byExposure
        : DefaultSeverity;

    public bool HasSameSeveritiesAs(ClawDevSettings other) =>
        DefaultSeverity == other.DefaultSeverity
        && ExposureSeverity.Count == other.ExposureSeverity.Count
        && ExposureSeverity.All(entry => other.ExposureSeverity.TryGetValue(entry.Key, out var severity) && severity == entry.Value)
        && Severity.Count == other.Severity.Count
        && Severity.All(entry => other.Severity.TryGetValue(entry.Key, out var severity) && severity == entry.Value);
}
