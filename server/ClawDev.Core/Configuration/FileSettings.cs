using ClawDev.Core.Configuration.Paths;
using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Configuration;

/// <summary>The docstring convention a repository declares (ruff/pydocstyle "convention").</summary>
public enum Convention
{
    None,
    Pep257,
    Google,
    NumPy,
}

/// <summary>The tool whose D-code semantics a repository's CI runs, for the details where pydocstyle and ruff differ.</summary>
public enum DocstringLinter
{
    /// <summary>pydocstyle 6.2.3, also what flake8-docstrings runs: the default.</summary>
    Pydocstyle,

    /// <summary>ruff's pydocstyle rules: D417 also asks for positional-only parameters and, unless
    /// <see cref="FileSettings.IgnoreVarParameters"/>, for *args and **kwargs.</summary>
    Ruff,
}

/// <summary>Which parameters ClawDev's own parameter rules (and drafting) expect to be documented.</summary>
/// <param name="DocumentVarArgs">*args and **kwargs must be documented.</param>
/// <param name="DocumentSelfAndCls">The first parameter of methods must be documented.</param>
/// <param name="DocumentPrivate">_underscore parameters must be documented.</param>
public sealed record ParameterOptions(bool DocumentVarArgs, bool DocumentSelfAndCls, bool DocumentPrivate)
{
    public static ParameterOptions Default { get; } = new(DocumentVarArgs: false, DocumentSelfAndCls: false, DocumentPrivate: false);
}

/// <summary>interrogate's options that decide what counts towards documentation coverage.</summary>
public sealed record CoverageOptions
{
    public bool IgnoreInitMethod { get; init; }
    public bool IgnoreInitModule { get; init; }
    public bool IgnoreMagic { get; init; }
    public bool IgnoreModule { get; init; }
    public bool IgnoreNestedClasses { get; init; }
    public bool IgnoreNestedFunctions { get; init; }
    public bool IgnorePrivate { get; init; }
    public bool IgnoreSemiprivate { get; init; }
    public bool IgnoreProperty { get; init; }
    public bool IgnoreSetters { get; init; }
    public bool IgnoreOverloaded { get; init; }

    /// <summary>interrogate's ignore-regex: each is anchored at the start like Python's <c>re.match</c>,
    /// so <c>IsMatch(name)</c> on the bare definition name gives interrogate's answer.</summary>
    public IReadOnlyList<ConfigRegex> IgnoreRegex { get; init; } = [];

    /// <summary>Minimum total coverage in percent, or null when none is configured.</summary>
    public double? FailUnder { get; init; }
}

/// <summary>Everything the rules need to know for one file, resolved from the repository's configuration.</summary>
public sealed record FileSettings
{
    /// <summary>Rule codes that apply to this file after select/ignore/extend-select/per-file-ignores.</summary>
    public required IReadOnlySet<string> EnabledCodes { get; init; }

    public Convention Convention { get; init; } = Convention.None;

    /// <summary>pydocstyle --ignore-decorators / ruff ignore-decorators: definitions with a decorator whose name
    /// (as written, without arguments) <c>IsMatch</c>es are skipped. pydocstyle searches its regex anywhere in the
    /// name; ruff's qualified names are compiled to an anchored alternation of the name and its dotted suffixes.</summary>
    public ConfigRegex? IgnoreDecorators { get; init; }

    /// <summary>Decorator names treated as @property (pydocstyle property-decorators).</summary>
    public IReadOnlySet<string> PropertyDecorators { get; init; } = DefaultPropertyDecorators;

    /// <summary>The decorators that make a property where no tool configures more.</summary>
    public static readonly IReadOnlySet<string> DefaultPropertyDecorators = new HashSet<string> { "property", "cached_property", "functools.cached_property" };

    /// <summary>ruff's ignore-var-parameters: D417 does not ask for *args/**kwargs (only with <see cref="DocstringLinter.Ruff"/>;
    /// pydocstyle never asks for them).</summary>
    public bool IgnoreVarParameters { get; init; }

    /// <summary>
    /// [tool.clawdev] d417-sphinx: D417 also checks Sphinx docstrings (":param x:" fields present, some parameter
    /// missing). Neither pydocstyle 6.2.3 nor ruff does, so it is off by default; CD401 still reports parameters
    /// such a docstring never mentions.
    /// </summary>
    public bool D417IncludesSphinx { get; init; }

    /// <summary>Whose D-code semantics to reproduce; set to Ruff when the repository configures its D rules through ruff.</summary>
    public DocstringLinter Linter { get; init; } = DocstringLinter.Pydocstyle;

    /// <summary>
    /// [tool.clawdev] use-full-dunder-all: decide publicity from every static change to __all__ (=, +=, .extend, .append)
    /// instead of pydocstyle's reading (only a single top-level `__all__ = [...]`; anything else means "no __all__").
    /// Off by default so the D1xx findings agree with pydocstyle.
    /// </summary>
    public bool UseFullDunderAll { get; init; }

    /// <summary>pydocstyle 6.3's ignore-self-only-init: D107 skips an <c>__init__</c> whose only parameter is self.</summary>
    public bool IgnoreSelfOnlyInit { get; init; }

    /// <summary>The style <c>[tool.clawdev] style</c> asks for, or null to use the style detected in the repository.</summary>
    public DocstringStyle? Style { get; init; }

    public ParameterOptions Parameters { get; init; } = ParameterOptions.Default;

    public CoverageOptions Coverage { get; init; } = new();

    /// <summary>Exact linter findings, or the gaps a maintainer would welcome (see <see cref="AnalysisProfile"/>).</summary>
    public AnalysisProfile Profile { get; init; } = AnalysisProfile.Pydocstyle;

    /// <summary>The line length the project's formatter keeps to (ruff's or black's <c>line-length</c>), which drafted
    /// prose wraps to; null when not configured.</summary>
    public int? LineLength { get; init; }

    /// <summary>The project restyles docstrings with doc-builder, which fills every paragraph to the line length:
    /// drafted prose is filled the same way (<see cref="Drafting.Writing.ProseFill"/>).</summary>
    public bool FillsDocstringParagraphs { get; init; }

    /// <summary>Honour "# noqa" comments (false reproduces --ignore-inline-noqa / interrogate, which ignore them).</summary>
    public bool HonourNoqa { get; init; } = true;
}
