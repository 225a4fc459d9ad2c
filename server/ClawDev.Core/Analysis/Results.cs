using System.Text;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Library;
using ClawDev.Core.Python;
using ClawDev.Core.Rules;

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
    IReadOnlyList<string> Parameters)
{
    /// <summary>How exposed the object is: rendered on the documentation pages, exported by a package, or public.</summary>
    public Exposure Exposure { get; init; } = Exposure.Public;

    /// <summary>Set when the finding is in a copy (a <c># Copied from</c> mark above it or an enclosing class): the
    /// fix belongs at the origin, and no in-place edit is made here.</summary>
    public CopyOrigin? CopyOf { get; init; }

    /// <summary>The copies of this definition elsewhere in the repository that share the gap; a fix at this origin is
    /// propagated to each (as <c>make fix-copies</c> would).</summary>
    public IReadOnlyList<CopyLocation> Copies { get; init; } = [];

    /// <summary>What the definition's own code says is deprecated (set in the contribution profile only, where a gap in
    /// what the next release removes is withheld); null when nothing is.</summary>
    public Deprecation? Deprecation { get; init; }

    /// <summary>Whether the finding is about the module itself (D100, D104) rather than a definition.</summary>
    public bool IsAboutModule => RuleRegistry.IsAboutModule(Code);
}

/// <summary>A finding the contribution profile does not report, and why (the report counts them).</summary>
/// <param name="Reason">A sentence: "documented by its base class trl.trainer.base.BaseTrainer.train".</param>
public sealed record WithheldFinding(Finding Finding, WithholdingKind Kind, string Reason);

/// <summary>Why the contribution profile withholds a finding.</summary>
public enum WithholdingKind
{
    /// <summary>The library does not document this kind of object (modules, magic methods, __init__) by habit.</summary>
    NotAHabit,

    /// <summary>An override whose base class (or framework) documents the method.</summary>
    Inherited,

    /// <summary>In a copy whose origin in this repository reports the same gap.</summary>
    ReportedAtOrigin,

    /// <summary>A missing docstring in a private module (a name starting with '_' on its path), neither exported nor
    /// rendered: not the library's API. (An incomplete parameter section there is still reported.)</summary>
    Internal,

    /// <summary>Deprecated by the code itself (a deprecation warning or decorator): documenting it is not welcome.</summary>
    Deprecated,
}

/// <summary>interrogate-style coverage of one module.</summary>
/// <param name="Total">Definitions (and the module) that count towards coverage.</param>
/// <param name="Documented">How many of those have a docstring.</param>
/// <param name="Missing">Qualified names of the undocumented ones that count.</param>
public sealed record ModuleCoverage(int Total, int Documented, IReadOnlyList<string> Missing)
{
    /// <summary>Rounded once, here: <see cref="CoveragePercent"/>.</summary>
    public double Percent => CoveragePercent.Of(Documented, Total);

    /// <summary>Why the whole file does not count (e.g. "ignore-init-module"), or null when it counts.</summary>
    public string? ExcludedBecause { get; init; }

    /// <summary>Where each of <see cref="Missing"/> is, in the same order: the definition's name, or the start of the
    /// module (as <see cref="Finding.Span"/>). Empty for a coverage made by hand.</summary>
    public IReadOnlyList<TextSpan> MissingSpans { get; init; } = [];
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

    /// <summary>Findings the contribution profile does not report here, with the reason (filled by <see cref="FindingResolver"/>).</summary>
    public IReadOnlyList<WithheldFinding> Withheld { get; init; } = [];

    /// <summary>What other modules need to know of this one (kept when the module is let go), or null when it could not be read.</summary>
    public ModuleOutline? Outline { get; init; }

    /// <summary>The styles of the file's docstrings, for the repository's census.</summary>
    public StyleCensus DocstringStyles { get; init; } = new();

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
