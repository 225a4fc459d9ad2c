namespace ClawDev.Core.Library;

/// <summary>Why a file is not part of what ClawDev reports on; the report counts and explains each.</summary>
public enum ExclusionCategory
{
    /// <summary>An exclude setting of the repository's tools ([tool.clawdev], interrogate, the deciding linter).</summary>
    Configuration,

    /// <summary>Test code: a tests/ folder, test_*.py, conftest.py.</summary>
    Tests,

    Examples,

    /// <summary>Scripts beside the library (scripts/, bin/).</summary>
    Scripts,

    Benchmarks,

    /// <summary>Documentation sources (docs/).</summary>
    Docs,

    /// <summary>The repository's own tooling: utils/, tools/, ci/, setup.py, noxfile.py …</summary>
    Tooling,

    /// <summary>Python files in no importable package of the library.</summary>
    OutsidePackages,

    /// <summary>Paths the repository's ruff excludes, or where it ignores every rule (or every docstring rule).</summary>
    RuffExcluded,

    /// <summary>A generated file (its header says so, or Hugging Face's dummy_*_objects.py).</summary>
    Generated,

    /// <summary>Another project's code copied in (pip's _vendor/, botocore's vendored/): fixed upstream of it, replaced when re-vendored.</summary>
    Vendored,
}

public static class ExclusionCategories
{
    /// <summary>How the report heads the files of a category.</summary>
    public static string Describe(ExclusionCategory category) => category switch
    {
        ExclusionCategory.Configuration => "excluded by configuration",
        ExclusionCategory.Tests => "tests",
        ExclusionCategory.Examples => "examples",
        ExclusionCategory.Scripts => "scripts",
        ExclusionCategory.Benchmarks => "benchmarks",
        ExclusionCategory.Docs => "documentation sources",
        ExclusionCategory.Tooling => "the repository's tooling",
        ExclusionCategory.OutsidePackages => "outside the importable packages",
        ExclusionCategory.RuffExcluded => "excluded or fully ignored by ruff",
        ExclusionCategory.Vendored => "vendored code of other projects",
        _ => "generated files",
    };

    /// <summary>The JSON name of a category.</summary>
    public static string Name(ExclusionCategory category) => category switch
    {
        ExclusionCategory.Configuration => "configuration",
        ExclusionCategory.Tests => "tests",
        ExclusionCategory.Examples => "examples",
        ExclusionCategory.Scripts => "scripts",
        ExclusionCategory.Benchmarks => "benchmarks",
        ExclusionCategory.Docs => "docs",
        ExclusionCategory.Tooling => "tooling",
        ExclusionCategory.OutsidePackages => "outside-packages",
        ExclusionCategory.RuffExcluded => "ruff",
        ExclusionCategory.Vendored => "vendored",
        _ => "generated",
    };
}
