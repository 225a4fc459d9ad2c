using System.Collections.Frozen;
using ClawDev.Core.Rules;

namespace ClawDev.Server.Lsp.Diagnostics;

/// <summary>
/// The one place rule documentation links are made (diagnostics' codeDescription, SARIF's helpUri, hovers). The D
/// codes are ruff's pydocstyle rules under the same names, and ruff documents each on a page of its own; ClawDev's
/// own CD codes are documented in the project's README, one heading per rule, as <c>clawdev rule CODE</c> prints it.
/// </summary>
internal static class RuleDocumentation
{
    /// <summary>ruff's rule pages: <c>{base}{rule-name}/</c>.</summary>
    public const string PydocstyleRulesBase = "https://docs.astral.sh/ruff/rules/";

    /// <summary>Where ClawDev's own rules are documented; a rule's heading anchor is appended.</summary>
    public const string ClawDevRulesBase = "https://github.com/clawdev/clawdev/blob/main/README.md#";

    private static readonly FrozenDictionary<string, CodeDescription> Links = RuleRegistry.Descriptors
        .ToFrozenDictionary(doc => doc.Code, doc => new CodeDescription(Link(doc)), StringComparer.Ordinal);

    /// <summary>The page documenting <paramref name="code"/>, or null for a code ClawDev does not know.</summary>
    public static string? LinkFor(string code) => DescriptionFor(code)?.Href;

    /// <summary>The codeDescription of <paramref name="code"/> (one shared instance per rule), or null.</summary>
    public static CodeDescription? DescriptionFor(string code) => Links.GetValueOrDefault(code);

    /// <summary>
    /// The D codes link to ruff's page of the same rule name; the others to the README heading
    /// "CD401 (unmentioned-parameter)", whose GitHub anchor is "cd401-unmentioned-parameter".
    /// </summary>
    private static string Link(RuleDescriptor doc) =>
        doc.Code.StartsWith('D')
            ? $"{PydocstyleRulesBase}{doc.Name}/"
            : $"{ClawDevRulesBase}{doc.Code.ToLowerInvariant()}-{doc.Name}";
}
