using System.Globalization;
using System.Text;
using ClawDev.Core.Analysis;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;
using ClawDev.Core.Library;
using ClawDev.Core.Python;
using ClawDev.Core.Rules;
using ClawDev.Server.Lsp.Diagnostics;

namespace ClawDev.Server.Lsp.Hover;

/// <summary>
/// The hover of a definition or parameter: whether it is documented, which rules report it and why, and the
/// documentation coverage of its module.
/// </summary>
internal static class HoverMarkdown
{
    /// <summary>Descriptions longer than this are cut in a hover.</summary>
    private const int MaxDescriptionLength = 300;

    /// <param name="analysis">Resolved: its findings carry exposure and copy facts, and it lists what is withheld.</param>
    /// <param name="facts">What the folder knows as a whole (exposure of definitions without findings).</param>
    public static string For(SymbolAtPosition symbol, FileAnalysis analysis, ProjectFacts facts)
    {
        var definition = symbol.Definition;
        var findings = analysis.Findings.Where(finding => finding.Span == definition.NameSpan).ToList();
        var withheld = analysis.Withheld.Where(item => item.Finding.Span == definition.NameSpan).ToList();
        var docstring = definition.Docstring is { } literal ? DocstringParser.Parse(analysis.Module.Text, literal) : null;
        var text = new StringBuilder();
        if (symbol.Parameter is { } parameter)
        {
            DescribeParameter(text, parameter, definition, docstring, findings.Where(finding => finding.Parameters.Contains(parameter.Name)));
            AppendWithheld(text, withheld.Where(item => item.Finding.Parameters.Contains(parameter.Name)));
        }
        else
        {
            DescribeDefinition(text, definition, docstring, findings, analysis.Coverage);
            if (definition.QualifiedName.Split('.').All(ModulePath.IsPublicName))
            {
                AppendExposure(text, facts.ExposureOf(analysis.ModuleName, definition.QualifiedName));
            }
            AppendWithheld(text, withheld);
        }
        DescribeModule(text, analysis);
        return text.ToString();
    }

    /// <summary>The hover of a definition in a file that is not checked (out of the library, generated, excluded).</summary>
    public static string NotChecked(SymbolAtPosition symbol, string reason)
    {
        var text = new StringBuilder();
        text.Append("**").Append(KindOf(symbol.Definition)).Append("** ").Append(MarkdownText.Code(symbol.Definition.QualifiedName)).Append("\n\n");
        text.Append("**Not checked.** ").Append(MarkdownText.Escape(reason)).Append('\n');
        return text.ToString();
    }

    private static void AppendExposure(StringBuilder text, Exposure exposure) => text.Append(exposure switch
    {
        Exposure.Rendered => "**Rendered**: the project's documentation pages show it, so a gap here is a hole readers see.",
        Exposure.Exported => "**Exported** by its package (not on a documentation page).",
        _ => "**Public** by name only: neither exported by its package nor on a documentation page.",
    }).Append("\n\n");

    /// <summary>Findings the rules made that are not reported here, each with why (the contribution profile).</summary>
    private static void AppendWithheld(StringBuilder text, IEnumerable<WithheldFinding> withheld)
    {
        var any = false;
        foreach (var item in withheld)
        {
            text.Append("- Not reported: ").Append(item.Finding.Code).Append(", ").Append(MarkdownText.Escape(item.Reason)).Append('\n');
            any = true;
        }
        if (any)
        {
            text.Append('\n');
        }
    }

    private static void DescribeDefinition(StringBuilder text, Definition definition, ParsedDocstring? docstring, List<Finding> findings, ModuleCoverage coverage)
    {
        text.Append("**").Append(KindOf(definition)).Append("** ").Append(MarkdownText.Code(definition.QualifiedName)).Append("\n\n");
        var documented = docstring is { IsEmpty: false };
        text.Append(documented ? "**Documented.**" : docstring is null ? "**No docstring.**" : "**Empty docstring.**");
        if (!documented && coverage.Missing.Contains(definition.QualifiedName))
        {
            text.Append(" It counts towards documentation coverage.");
        }
        text.Append("\n\n");
        if (findings.Count > 0)
        {
            AppendFindings(text, findings);
        }
        else if (!documented)
        {
            text.Append("No enabled rule asks for a docstring here.\n\n");
        }
        if (documented && ReaderParameters.Of(definition) is { Count: > 0 } parameters)
        {
            var withEntry = parameters.Where(p => docstring!.FindParameter(p.Name) is not null).Select(p => MarkdownText.Code(p.Name)).ToList();
            var withoutEntry = parameters.Where(p => docstring!.FindParameter(p.Name) is null).Select(p => MarkdownText.Code(p.Name)).ToList();
            text.Append("Parameters with an entry in the docstring: ").Append(withEntry.Count == 0 ? "none" : string.Join(", ", withEntry));
            if (withoutEntry.Count > 0)
            {
                text.Append("; without one: ").Append(string.Join(", ", withoutEntry));
            }
            text.Append(".\n\n");
        }
    }

    private static void DescribeParameter(StringBuilder text, Parameter parameter, Definition definition, ParsedDocstring? docstring, IEnumerable<Finding> findings)
    {
        text.Append("**parameter** ").Append(MarkdownText.Code(parameter.Name))
            .Append(" of ").Append(MarkdownText.Code(definition.QualifiedName)).Append("\n\n");
        if (docstring?.FindParameter(parameter.Name) is { } entry)
        {
            text.Append("**Documented** in the docstring");
            if (entry.Description.Length > 0)
            {
                text.Append(": ").Append(MarkdownText.Escape(Shortened(entry.Description)));
            }
            text.Append("\n\n");
        }
        else
        {
            text.Append(docstring is null ? "**Not documented:** the function has no docstring." : "**Not documented:** the docstring has no entry for it.").Append("\n\n");
        }
        var concerning = findings.ToList();
        if (concerning.Count > 0)
        {
            AppendFindings(text, concerning);
        }
    }

    private static void AppendFindings(StringBuilder text, List<Finding> findings)
    {
        foreach (var finding in findings)
        {
            var rule = RuleRegistry.Find(finding.Code);
            text.Append("- ");
            text.Append(RuleDocumentation.LinkFor(finding.Code) is { } link ? $"[{finding.Code}]({link})" : finding.Code);
            if (rule is not null)
            {
                text.Append(" (").Append(rule.Name).Append(')');
            }
            text.Append(": ").Append(MarkdownText.Escape(finding.Message));
            if (CopyAdvice.For(finding) is { } advice)
            {
                text.Append(" (").Append(MarkdownText.Escape(advice)).Append(')');
            }
            if (rule is not null && !finding.Message.StartsWith(rule.Summary, StringComparison.Ordinal))
            {
                text.Append(". ").Append(MarkdownText.Escape(rule.Summary));
            }
            text.Append('\n');
        }
        text.Append('\n');
    }

    private static void DescribeModule(StringBuilder text, FileAnalysis analysis)
    {
        var coverage = analysis.Coverage;
        text.Append("---\n\nModule ").Append(MarkdownText.Code(analysis.ModuleName)).Append(": ");
        if (coverage.ExcludedBecause is { } reason)
        {
            text.Append("does not count towards documentation coverage (").Append(MarkdownText.Escape(reason)).Append(").");
            return;
        }
        var percent = coverage.Percent.ToString("0.0", CultureInfo.InvariantCulture);
        text.Append(CultureInfo.InvariantCulture, $"{coverage.Documented} of {coverage.Total} documented ({percent}%).");
    }

    private static string KindOf(Definition definition)
    {
        var kind = definition.IsClass ? "class"
            : definition.IsMethod ? "method"
            : definition.IsNestedFunction ? "nested function"
            : "function";
        return definition.IsAsync ? $"async {kind}" : kind;
    }

    private static string Shortened(string description)
    {
        var flat = description.ReplaceLineEndings(" ");
        return flat.Length <= MaxDescriptionLength ? flat : string.Concat(flat.AsSpan(0, MaxDescriptionLength), "…");
    }
}
