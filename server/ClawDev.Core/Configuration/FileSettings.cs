using System.Text.RegularExpressions;

namespace ClawDev.Core.Configuration;

/// <summary>The docstring convention a repository declares (ruff/pydocstyle "convention").</summary>
public enum Convention
{
    None,
    Pep257,
    Google,
    NumPy,
}

/// <summary>The docstring style a repository asks ClawDev to write and read, from <c>[tool.clawdev] style</c>.</summary>
public enum ConfiguredStyle
{
    Google,
    NumPy,
    Sphinx,

    /// <summary>Google sections with Hugging Face's <c>name (`type`, *optional*, defaults to `X`):</c> entries.</summary>
    HuggingFace,
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
    public IReadOnlyList<Regex> IgnoreRegex { get; init; } = [];

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
    public Regex? IgnoreDecorators { get; init; }

    /// <summary>Decorator names treated as @property (pydocstyle property-decorators).</summary>
    public IReadOnlySet<string> PropertyDecorators { get; init; } = new HashSet<string> { "property", "cached_property", "functools.cached_property" };

    /// <summary>ruff's ignore-var-parameters: D417 does not ask for *args/**kwargs.</summary>
    public bool IgnoreVarParameters { get; init; }

    /// <summary>pydocstyle 6.3's ignore-self-only-init: D107 skips an <c>__init__</c> whose only parameter is self.</summary>
    public bool IgnoreSelfOnlyInit { get; init; }

    /// <summary>The style <c>[tool.clawdev] style</c> asks for, or null to use the style detected in the repository.</summary>
    public ConfiguredStyle? Style { get; init; }

    public ParameterOptions Parameters { get; init; } = ParameterOptions.Default;

    public CoverageOptions Coverage { get; init; } = new();

    /// <summary>Honour "# noqa" comments (false reproduces --ignore-inline-noqa / interrogate, which ignore them).</summary>
    public bool HonourNoqa { get; init; } = true;
}
