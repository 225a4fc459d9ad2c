using System.Text;
using ClawDev.Core.Python;

namespace ClawDev.Core.Analysis;

/// <summary>One documentation gap.</summary>
/// <param name="Code">Rule code: D100–D107, D417, or one of ClawDev's own CD codes.</param>
/// <param name="Symbol">Qualified symbol ("Trainer.train"); for module-level findings the dotted module name.</param>
/// <param name="Line">0-based line of the def/class keyword (0 for a module).</param>
/// <param name="Column">0-based column of the def/class keyword (0 for a module).</param>
/// <param name="Span">What an editor underlines: the definition's name, or the start of the module.</param>
/// <param name="Parameters">For parameter rules: the parameter names concerned, in signature order.</param>
public sealed record Finding(
    string Code,
    string Message,
    string Symbol,
    int Line,
    int Column,
    TextSpan Span,
    IReadOnlyList<string> Parameters);

/// <summary>interrogate-style coverage of one module.</summary>
/// <param name="Total">Definitions (and the module) that count towards coverage.</param>
/// <param name="Documented">How many of those have a docstring.</param>
/// <param name="Missing">Qualified names of the undocumented ones that count.</param>
public sealed record ModuleCoverage(int Total, int Documented, IReadOnlyList<string> Missing)
{
    public double Percent => Total == 0 ? 100.0 : 100.0 * Documented / Total;

    /// <summary>Why the whole file does not count (e.g. "ignore-init-module"), or null when it counts.</summary>
    public string? ExcludedBecause { get; init; }
}

/// <summary>Everything ClawDev knows about one file.</summary>
public sealed record FileAnalysis(
    string RelativePath,
    PythonModule Module,
    IReadOnlyList<Finding> Findings,
    ModuleCoverage Coverage)
{
    private PythonModule? _module = Module;

    /// <summary>The parsed file (its text and outline).</summary>
    /// <exception cref="InvalidOperationException">This analysis came from <see cref="WithoutModule"/>.</exception>
    public PythonModule Module
    {
        get => _module ?? throw new InvalidOperationException(
            $"the module of {RelativePath} was let go after analysis (ScanOptions.KeepModules is false)");
        init => _module = value;
    }

    /// <summary>The dotted name the file is imported as ("huggingface_hub.utils._http", never "src.huggingface_hub…").</summary>
    public string ModuleName { get; init; } = "";

    /// <summary>Internal errors (bugs) met while analysing this file, one sentence each; the rest of the file's
    /// findings are still reported.</summary>
    public IReadOnlyList<string> InternalErrors { get; init; } = [];

    /// <summary>The same findings and coverage without the module, so that the file's text and outline can be
    /// collected while the results are kept (a whole-tree scan holds only what it reports).</summary>
    public FileAnalysis WithoutModule()
    {
        var copy = this with { };
        copy._module = null;
        return copy;
    }

    // The generated ToString reads every property; an analysis without its module must still print.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"RelativePath = {RelativePath}, Module = {(object?)_module ?? "(let go)"}, Findings = {Findings}, ");
        builder.Append($"Coverage = {Coverage}, InternalErrors = {InternalErrors}");
        return true;
    }
}
