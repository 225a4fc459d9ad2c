namespace ClawDev.Core.Library;

/// <summary>What a folder or file name says about the code in it, for scope decisions and their explanations.</summary>
internal static class FolderRoles
{
    /// <summary>setuptools' <c>FlatLayoutPackageFinder.DEFAULT_EXCLUDE</c>: names flat-layout discovery never takes
    /// for a package (besides names starting with '.' or '_').</summary>
    private static readonly HashSet<string> NeverPackages = new(StringComparer.Ordinal)
    {
        "ci", "bin", "debian", "doc", "docs", "documentation", "manpages", "news", "newsfragments", "changelog", "test",
        "tests", "unit_test", "unit_tests", "example", "examples", "scripts", "tools", "util", "utils", "python", "build",
        "dist", "venv", "env", "requirements", "tasks", "fabfile", "site_scons", "benchmark", "benchmarks", "exercise",
        "exercises", "htmlcov",
    };

    /// <summary>setuptools' <c>FlatLayoutModuleFinder.DEFAULT_EXCLUDE</c>: top-level modules that are never part of
    /// the library (besides names starting with '.' or '_').</summary>
    private static readonly HashSet<string> NeverModules = new(StringComparer.OrdinalIgnoreCase)
    {
        "setup", "conftest", "test", "tests", "example", "examples", "build", "toxfile", "noxfile", "pavement", "dodo",
        "tasks", "fabfile", "sconstruct", "conanfile", "manage", "benchmark", "benchmarks", "exercise", "exercises",
    };

    private static readonly HashSet<string> TestFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "test", "tests", "testing", "unit_test", "unit_tests", "integration_tests", "functional_tests", "e2e",
    };

    private static readonly HashSet<string> ExampleFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "example", "examples", "demo", "demos", "notebooks", "tutorials", "tutorial", "samples", "sample", "cookbook",
        "recipes", "exercise", "exercises",
    };

    private static readonly HashSet<string> ScriptFolders = new(StringComparer.OrdinalIgnoreCase) { "scripts", "script", "bin" };

    private static readonly HashSet<string> BenchmarkFolders = new(StringComparer.OrdinalIgnoreCase) { "benchmark", "benchmarks", "bench", "perf" };

    private static readonly HashSet<string> DocFolders = new(StringComparer.OrdinalIgnoreCase) { "doc", "docs", "documentation", "site", "mkdocs" };

    private static readonly HashSet<string> ToolingFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "utils", "util", "tools", "tool", "ci", ".github", ".circleci", ".gitlab", "docker", "build", "dist", "requirements",
        "tasks", "dev", "devtools", "hack", "scripts_dev", "build_tools", "maint_tools", "release", "packaging", "debian",
        "fabfile", "site_scons", "venv", "env", "htmlcov",
    };

    /// <summary>Folders of other projects' code copied in: pip's and setuptools' _vendor/, botocore's vendored/,
    /// scikit-learn's externals/.</summary>
    private static readonly HashSet<string> VendoredFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "vendor", "_vendor", "vendored", "_vendored", "third_party", "_third_party", "thirdparty", "externals", "_externals",
    };

    /// <summary>Whether flat-layout discovery may take a top-level folder of this name for a package.</summary>
    public static bool MayBePackage(string name) =>
        name.Length > 0 && name[0] is not ('.' or '_') && !NeverPackages.Contains(name) && IsIdentifier(name);

    /// <summary>Whether flat-layout discovery may take a top-level file with this stem for a module.</summary>
    public static bool MayBeModule(string stem) =>
        stem.Length > 0 && stem[0] is not ('.' or '_') && !NeverModules.Contains(stem) && !IsTestFile(stem + ".py") && IsIdentifier(stem);

    /// <summary>A file of a project's build or task tooling, never one of a package's modules: setup.py, noxfile.py …
    /// (not test.py, build.py or tasks.py: werkzeug.test is a module of its package).</summary>
    public static bool IsToolingModule(string stem) => ToolingModules.Contains(stem);

    private static readonly HashSet<string> ToolingModules = new(StringComparer.OrdinalIgnoreCase)
    {
        "setup", "conftest", "noxfile", "toxfile", "fabfile", "pavement", "dodo", "sconstruct", "conanfile",
    };

    /// <summary>The category of a folder outside the library, by its name.</summary>
    public static ExclusionCategory CategoryOfFolder(string name) =>
        IsTestName(name) ? ExclusionCategory.Tests
        : ExampleFolders.Contains(name) ? ExclusionCategory.Examples
        : ScriptFolders.Contains(name) ? ExclusionCategory.Scripts
        : BenchmarkFolders.Contains(name) ? ExclusionCategory.Benchmarks
        : DocFolders.Contains(name) ? ExclusionCategory.Docs
        : ToolingFolders.Contains(name) ? ExclusionCategory.Tooling
        : VendoredFolders.Contains(name) ? ExclusionCategory.Vendored
        : ExclusionCategory.OutsidePackages;

    /// <summary>A folder of tests: tests/, test/, testing/, or a name starting with "test_"/ending in "_tests".</summary>
    public static bool IsTestName(string name) =>
        TestFolders.Contains(name)
        || name.StartsWith("test_", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("_tests", StringComparison.OrdinalIgnoreCase);

    /// <summary>pytest's test files and fixtures: test_*.py, *_test.py, conftest.py.</summary>
    public static bool IsTestFile(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        return stem == "conftest"
            || stem.StartsWith("test_", StringComparison.Ordinal)
            || stem.EndsWith("_test", StringComparison.Ordinal);
    }

    /// <summary>A Python identifier of ASCII letters, digits and underscores (what a package name is in practice).</summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }
        return true;
    }
}
