using ClawDev.Core.Rules;

namespace ClawDev.Server.Reports;

/// <summary>What reports say about a rule besides its findings (SARIF's reportingDescriptor, `clawdev rule`).</summary>
/// <param name="Code">"D102".</param>
/// <param name="Name">Stable kebab-case name: "undocumented-public-method".</param>
/// <param name="Summary">One sentence.</param>
/// <param name="Description">What the rule checks, in full.</param>
/// <param name="HelpMarkdown">The rule's whole documentation (what / why / example / use instead).</param>
public sealed record RuleMetadata(string Code, string Name, string Summary, string Description, string HelpMarkdown);

/// <summary>The rules the CLI can name: codes for --select/--ignore, metadata for SARIF and `clawdev rule`.</summary>
public sealed class RuleCatalog
{
    private readonly Lazy<IReadOnlyList<RuleMetadata>> _rules;

    public RuleCatalog(IReadOnlyList<RuleMetadata> rules)
        : this(() => rules)
    {
    }

    private RuleCatalog(Func<IReadOnlyList<RuleMetadata>> rules) =>
        _rules = new(() => [.. rules().OrderBy(r => r.Code, StringComparer.Ordinal)]);

    /// <summary>Every rule ClawDev runs, described by the rules' own documentation. The descriptions are put together
    /// on first use: only SARIF reports and `clawdev rule` need them, and rendering every rule's Markdown cost each
    /// start ~4 ms.</summary>
    public static RuleCatalog Builtin() =>
        new(() => [.. RuleRegistry.Descriptors.Select(doc => new RuleMetadata(doc.Code, doc.Name, doc.Summary, doc.WhatItDoes, doc.ToMarkdown()))]);

    /// <summary>Ordered by code.</summary>
    public IReadOnlyList<RuleMetadata> Rules => _rules.Value;

    public IReadOnlyCollection<string> Codes => [.. Rules.Select(r => r.Code)];

    /// <summary>The rule with <paramref name="code"/> in any case, or null.</summary>
    public RuleMetadata? Find(string code) => Rules.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
}
