using System.Text;
using ClawDev.Core.Configuration;
using ClawDev.Core.Drafting;

namespace ClawDev.Core.Rules;

/// <summary>
/// Everything about one rule besides its check, declared once in the rule's own file: its code and name, whether it
/// is on by default, the quick fix drafting offers, and its user-facing documentation in the shape of ruff's rule
/// pages. The CLI prints the documentation (<c>clawdev rule D102</c>) and the language server links diagnostics to it.
/// </summary>
/// <param name="Code">"D102", "CD401".</param>
/// <param name="Name">Kebab-case name ("undocumented-public-method"), stable for links and anchors.</param>
/// <param name="Summary">One sentence, the same text the findings' messages start from.</param>
/// <param name="WhatItDoes">Which definitions the rule checks and its exemptions.</param>
/// <param name="WhyIsThisBad">Why a fix is worth making.</param>
/// <param name="Example">Python source that triggers the rule.</param>
/// <param name="UseInstead">The same source, fixed.</param>
public sealed record RuleDescriptor(
    string Code,
    string Name,
    string Summary,
    string WhatItDoes,
    string WhyIsThisBad,
    string Example,
    string UseInstead)
{
    /// <summary>Settings that change the rule's behaviour, one per line ("ignore-decorators: ..."), or empty.</summary>
    public string Options { get; init; } = "";

    /// <summary>The quick fix drafting offers for a finding, or null when drafting cannot fix it.</summary>
    public DraftAction? Fix { get; init; }

    /// <summary>
    /// The profiles in which the rule is on unless configuration turns it off. A pydocstyle code is on by default only
    /// where no tool's configuration decides the D codes; ClawDev's own codes are on whatever ruff or pydocstyle say.
    /// </summary>
    public AnalysisProfile[] OnByDefaultIn { get; init; } = [AnalysisProfile.Pydocstyle, AnalysisProfile.Contribution];

    /// <summary>Whether the rule is on by default in <paramref name="profile"/> (a loop: generic code over an enum is
    /// compiled at every start, not ahead of time).</summary>
    public bool IsOnByDefaultIn(AnalysisProfile profile)
    {
        foreach (var on in OnByDefaultIn)
        {
            if (on == profile)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Markdown: a title, the four sections, and the options when there are any.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Code).Append(" (").Append(Name).Append(")\n\n");
        text.Append(Summary).Append("\n\n");
        text.Append("## What it does\n").Append(WhatItDoes).Append("\n\n");
        text.Append("## Why is this bad?\n").Append(WhyIsThisBad).Append("\n\n");
        text.Append("## Example\n```python\n").Append(Example).Append("\n```\n\n");
        text.Append("Use instead:\n```python\n").Append(UseInstead).Append("\n```\n");
        if (Options.Length > 0)
        {
            text.Append("\n## Options\n").Append(Options).Append('\n');
        }
        return text.ToString();
    }
}
