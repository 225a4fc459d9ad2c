using ClawDev.Core.Configuration.Resolution;
using ClawDev.Core.Configuration.Sources;
using ClawDev.Core.Library.Packaging;
using ClawDev.Core.Rules;

namespace ClawDev.Core.Library;

/// <summary>
/// The library of a repository — its importable packages — and what each file is: a module of the library (with the
/// name it is imported as), or something beside it (tests, examples, scripts, benchmarks, docs, tooling, what the
/// repository's ruff excludes) and why.
/// </summary>
public sealed class LibraryScope
{
    private readonly string _root;
    private readonly IReadOnlyList<IExclusion> _ruffExclusions;
    // Named in the reason of every file beside the library: listed once, not sorted again per file.
    private readonly string _packageList;
    // The roots by the first segment of their path ("src" for "src/pkg", "six.py" for "six.py"), longest path first:
    // each file is asked about several times, and compared with every root that took ~2% of a scan of CPython's
    // Lib (190 roots).
    private readonly Dictionary<string, ImportRoot[]> _rootsByTopSegment;
    // When the opened folder is the package: its sub-folders of docs, examples, scripts or benchmarks that are no
    // sub-package (no __init__.py), which the package holds but does not import.
    private readonly HashSet<string> _foldersBesideThePackage;

    private LibraryScope(string root, IReadOnlyList<ImportRoot> roots, string foundBy, IReadOnlyList<IExclusion> ruffExclusions, IReadOnlyList<string> notes, HashSet<string> foldersBesideThePackage)
    {
        _root = root;
        _foldersBesideThePackage = foldersBesideThePackage;
        Roots = roots;
        FoundBy = foundBy;
        _ruffExclusions = ruffExclusions;
        Notes = notes;
        // Sorted as an array: LINQ's Order, the first of a scan, held the configuration ~10 ms on two cores.
        var names = new string[roots.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = roots[i].Name;
        }
        Array.Sort(names, StringComparer.Ordinal);
        _packageList = string.Join(", ", names);
        _rootsByTopSegment = new Dictionary<string, ImportRoot[]>(StringComparer.Ordinal);
        foreach (var importRoot in roots)
        {
            var top = TopSegment(importRoot.Path);
            _rootsByTopSegment[top] = _rootsByTopSegment.TryGetValue(top, out var longer) ? [.. longer, importRoot] : [importRoot];
        }
    }

    /// <summary>The top-level packages and modules, longest path first (so the innermost root of a file wins).</summary>
    public IReadOnlyList<ImportRoot> Roots { get; }

    /// <summary>How the packages were found: "setup.py", "pyproject.toml [tool.setuptools]", "the src/ layout" …</summary>
    public string FoundBy { get; }

    /// <summary>What the user should know about finding them (a packaging setting naming a missing folder …).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <param name="ruffExclusions">Paths the repository's ruff excludes or ignores entirely.</param>
    internal static LibraryScope Detect(ConfigFiles files, IReadOnlyList<IExclusion> ruffExclusions)
    {
        var context = new PackagingContext(files);
        var (roots, foundBy) = PackagingReader.Read(context);
        if (roots.Count == 0)
        {
            context.Notes.Add("no importable package was found (no packaging configuration, no src/ folder, no top-level folder with an __init__.py): every Python file outside tests, examples, scripts, docs and tooling counts as library code.");
        }
        var ordered = roots.OrderByDescending(root => root.Path.Length).ToList();
        var beside = ordered is [{ IsWholeFolder: true }]
            ? context.Entries("", directories: true)
                .Where(name => FolderRoles.CategoryOfFolder(name) is ExclusionCategory.Docs or ExclusionCategory.Examples or ExclusionCategory.Scripts or ExclusionCategory.Benchmarks
                    && !context.IsRegularPackage(name))
                .ToHashSet(StringComparer.Ordinal)
            : [];
        return new LibraryScope(files.Root, ordered, foundBy, ruffExclusions, context.Notes, beside);
    }

    /// <summary>The scope of a root that cannot be read: no packages, every file's path is its name.</summary>
    internal static LibraryScope None(string root) => new(root, [], "nothing (the root cannot be read)", [], [], []);

    /// <summary>The dotted name a file is imported as: "src/huggingface_hub/utils/_x.py" → "huggingface_hub.utils._x";
    /// a file in no package keeps its path as the name ("scripts/run.py" → "scripts.run").</summary>
    public string ModuleName(string relativePath)
    {
        if (RootOf(relativePath) is not { } root)
        {
            return ModulePath.DottedName(relativePath);
        }
        if (root.IsModuleFile)
        {
            return root.Name;
        }
        var inner = ModulePath.DottedName(root.Inside(relativePath));
        return inner.Length == 0 || inner == "__init__" ? root.Name : $"{root.Name}.{inner}";
    }

    /// <summary>Whether the file is library code (<see cref="OutOfScope"/> is null). Asked for every file of a scan: a
    /// file under no package is answered without composing the reason it is left out.</summary>
    public bool Contains(string relativePath) =>
        (Roots.Count == 0 || RootOf(FilePath.Normalized(relativePath)) is not null) && OutOfScope(relativePath) is null;

    /// <summary>Why the file is not library code, or null when it is.</summary>
    public (ExclusionCategory Category, string Reason)? OutOfScope(string relativePath)
    {
        var file = FilePath.Under(_root, relativePath);
        foreach (var exclusion in _ruffExclusions)
        {
            if (exclusion.Reason(file) is { } reason)
            {
                return (ExclusionCategory.RuffExcluded, reason);
            }
        }
        var segments = file.Relative.Split('/');
        if (RootOf(file.Relative) is { } root)
        {
            if (root.IsWholeFolder && (segments.Length > 1 ? _foldersBesideThePackage.Contains(segments[0]) : FolderRoles.IsToolingModule(Path.GetFileNameWithoutExtension(segments[0]))))
            {
                return Beside(segments);
            }
            // The segments below the package's folder, as a span: slicing the array compiled generic code at each start.
            var inside = root.IsModuleFile ? [] : root.IsWholeFolder ? segments : segments.AsSpan(SegmentCount(root.Path));
            // Vendored code first: its own tests/ are another project's too.
            return FolderOnTheWay(inside, static category => category == ExclusionCategory.Vendored) is var (vendored, _)
                    ? (ExclusionCategory.Vendored, $"{vendored}/ inside the package {root.Name} holds {ExclusionCategories.Describe(ExclusionCategory.Vendored)}, not its own code")
                : IsTest(inside, insidePackage: true) ? (ExclusionCategory.Tests, $"tests inside the package {root.Name}")
                : FolderOnTheWay(inside, static category => category is ExclusionCategory.Examples or ExclusionCategory.Benchmarks) is var (folder, category)
                    ? (category, $"{folder}/ inside the package {root.Name} holds {ExclusionCategories.Describe(category)}, not its API")
                    : null;
        }
        if (Roots.Count == 0)
        {
            return IsTest(segments) ? (ExclusionCategory.Tests, "test code")
                : segments.Length > 1 && FolderRoles.CategoryOfFolder(segments[0]) is var category && category != ExclusionCategory.OutsidePackages
                    ? (category, $"{segments[0]}/ is not library code")
                    : null;
        }
        return Beside(segments);
    }

    /// <summary>A file outside every package: what its folder (or name, at the root) says it is.</summary>
    private (ExclusionCategory, string) Beside(string[] segments)
    {
        var packages = _packageList;
        if (segments.Length == 1)
        {
            return FolderRoles.IsTestFile(segments[0])
                ? (ExclusionCategory.Tests, "test code")
                : (ExclusionCategory.Tooling, $"a file at the repository root, not a module of {packages}");
        }
        var folder = segments[0] == "src" && segments.Length > 2 ? segments[1] : segments[0];
        var category = IsTest(segments) ? ExclusionCategory.Tests : FolderRoles.CategoryOfFolder(folder);
        return category == ExclusionCategory.OutsidePackages
            ? (category, $"not in the library's packages ({packages}, found by {FoundBy})")
            : (category, $"{folder}/ holds {ExclusionCategories.Describe(category)}, not the library ({packages})");
    }

    private ImportRoot? RootOf(string relativePath)
    {
        if (Roots is [{ IsWholeFolder: true } package])
        {
            return package;
        }
        if (!_rootsByTopSegment.TryGetValue(TopSegment(relativePath), out var candidates))
        {
            return null;
        }
        foreach (var root in candidates)
        {
            if (root.IsModuleFile
                ? relativePath == root.Path
                : relativePath.Length > root.Path.Length && relativePath[root.Path.Length] == '/' && relativePath.StartsWith(root.Path, StringComparison.Ordinal))
            {
                return root;
            }
        }
        return null;
    }

    private static string TopSegment(string path) => path.IndexOf('/') is var slash and >= 0 ? path[..slash] : path;

    /// <summary>How many segments a '/'-separated path has.</summary>
    private static int SegmentCount(string path)
    {
        var count = 1;
        foreach (var c in path)
        {
            if (c == '/')
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The first folder on the way whose name says <paramref name="wanted"/>: examples or benchmarks (sympy's
    /// polys/benchmarks/, jsonschema's benchmarks/), importable but not what the package offers its users; vendored
    /// code (pip's _vendor/), not the package's own to fix.</summary>
    private static (string Folder, ExclusionCategory Category)? FolderOnTheWay(ReadOnlySpan<string> segments, Func<ExclusionCategory, bool> wanted)
    {
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (FolderRoles.CategoryOfFolder(segments[i]) is var category && wanted(category))
            {
                return (segments[i], category);
            }
        }
        return null;
    }

    /// <summary>Test folders anywhere on the way, or a test file name.</summary>
    /// <param name="insidePackage">The segments below a package's folder: there a testing/ folder is the package's
    /// helpers for its users' tests (trio.testing, numpy.testing), documented API, not its own tests.</param>
    private static bool IsTest(ReadOnlySpan<string> segments, bool insidePackage = false)
    {
        if (segments.Length == 0)
        {
            return false;
        }
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (FolderRoles.IsTestName(segments[i]) && !(insidePackage && segments[i] == "testing"))
            {
                return true;
            }
        }
        return FolderRoles.IsTestFile(segments[^1]);
    }
}
