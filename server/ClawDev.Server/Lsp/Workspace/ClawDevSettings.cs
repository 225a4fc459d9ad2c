using ClawDev.Core.Docstrings;
using ClawDev.Server.Lsp.Protocol;

namespace ClawDev.Server.Lsp.Workspace;

/// <summary>The user's <c>clawdev.*</c> settings, as pulled with workspace/configuration.</summary>
internal sealed record ClawDevSettings
{
    public const string Section = "clawdev";

    public static ClawDevSettings Default { get; } = new();

    /// <summary>Severity per rule code (upper case); codes not listed get <see cref="DefaultSeverity"/>.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> Severity { get; init; } = new Dictionary<string, DiagnosticSeverity>();

    public DiagnosticSeverity DefaultSeverity { get; init; } = DiagnosticSeverity.Warning;

    /// <summary>The rule selection applied over every workspace folder's configuration (as <c>clawdev scan --select/--ignore</c>).</summary>
    public RuleOverrides Rules { get; init; } = RuleOverrides.None;

    /// <summary>Publish diagnostics for every file of the workspace, not only open ones.</summary>
    public bool WorkspaceDiagnostics { get; init; }

    /// <summary>The docstring style drafts are written in, or null ("auto") to follow the repository.</summary>
    public DocstringStyle? DocstringStyle { get; init; }

    /// <summary>How long after the last edit an open document is analysed.</summary>
    public int DebounceMilliseconds { get; init; } = 50;

    /// <summary><c>clawdev.github.upstream</c>: the upstream (<c>owner/repo</c> or a URL) instead of the one the git remotes name; null for none.</summary>
    public string? GitHubUpstream { get; init; }

    /// <summary><c>clawdev.github.apiUrl</c>: the GitHub API URL (GitHub Enterprise, tests); null for the upstream host's own.</summary>
    public string? GitHubApiUrl { get; init; }

    public DiagnosticSeverity SeverityOf(string code) =>
        Severity.TryGetValue(code, out var severity) ? severity : DefaultSeverity;

    public bool HasSameSeveritiesAs(ClawDevSettings other) =>
        DefaultSeverity == other.DefaultSeverity
        && Severity.Count == other.Severity.Count
        && Severity.All(entry => other.Severity.TryGetValue(entry.Key, out var severity) && severity == entry.Value);
}
