using ClawDev.Core.Configuration.Paths;

namespace ClawDev.Core.Library.Packaging;

/// <summary>setuptools' package settings, however they were written (pyproject.toml, setup.cfg or setup.py).</summary>
/// <param name="Source">Where they were read, e.g. "setup.py", "pyproject.toml [tool.setuptools]".</param>
/// <param name="PackageDir">package_dir: package name → folder ("" → the folder of top-level packages).</param>
/// <param name="Packages">packages as a list of dotted names, or null.</param>
/// <param name="Find">packages = find:/find_packages(…), or null.</param>
/// <param name="PyModules">py_modules, or null.</param>
internal sealed record SetuptoolsDeclaration(
    string Source,
    IReadOnlyDictionary<string, string> PackageDir,
    IReadOnlyList<string>? Packages,
    PackageFind? Find,
    IReadOnlyList<string>? PyModules)
{
    public bool DeclaresAnything => Packages is not null || Find is not null || PyModules is not null || PackageDir.Count > 0;

    /// <summary>The top-level packages and modules these settings make importable, checked against the file system.</summary>
    public List<ImportRoot> Resolve(PackagingContext context)
    {
        var roots = new List<ImportRoot>();
        var topLevelDirectory = PackageDir.GetValueOrDefault("", "");
        if (Packages is not null)
        {
            foreach (var package in Packages.Where(package => !package.Split('.').All(FolderRoles.IsIdentifier)))
            {
                context.Notes.Add($"{Source} lists \"{package}\", which is not a package name; it is left out.");
            }
            foreach (var name in Packages.Where(package => package.Split('.').All(FolderRoles.IsIdentifier)).Select(package => package.Split('.')[0]).Distinct(StringComparer.Ordinal))
            {
                roots.Add(new ImportRoot(PackageDir.TryGetValue(name, out var mapped) ? PackagingContext.Normalize(mapped) : PackagingContext.Join(topLevelDirectory, name), name));
            }
        }
        if (Find is not null)
        {
            roots.AddRange(Find.Discover(context));
        }
        foreach (var module in PyModules ?? [])
        {
            roots.Add(new ImportRoot(PackagingContext.Join(topLevelDirectory, module.Replace('.', '/') + ".py"), module));
        }
        if (Packages is null && Find is null && PyModules is null)
        {
            // package_dir alone: setuptools' automatic discovery, in the folder "" maps to and for each mapped package.
            foreach (var (name, directory) in PackageDir)
            {
                if (name.Length > 0 && !name.Contains('.'))
                {
                    roots.Add(new ImportRoot(PackagingContext.Normalize(directory), name));
                }
            }
            if (PackageDir.ContainsKey(""))
            {
                roots.AddRange(new PackageFind([topLevelDirectory], [], [], Namespaces: false).Discover(context));
            }
        }
        return roots;
    }
}

/// <summary>setuptools' find_packages/find_namespace_packages: packages under <paramref name="Where"/> whose
/// names match an include pattern (all when none) and no exclude pattern.</summary>
internal sealed record PackageFind(IReadOnlyList<string> Where, IReadOnlyList<string> Include, IReadOnlyList<string> Exclude, bool Namespaces)
{
    public IEnumerable<ImportRoot> Discover(PackagingContext context)
    {
        foreach (var where in Where.Select(PackagingContext.Normalize))
        {
            foreach (var name in context.Entries(where, directories: true))
            {
                var path = PackagingContext.Join(where, name);
                if (FolderRoles.IsIdentifier(name)
                    && Matches(name)
                    && (context.IsRegularPackage(path) || (Namespaces && context.HoldsPython(path))))
                {
                    yield return new ImportRoot(path, name);
                }
            }
        }
    }

    private bool Matches(string name) =>
        (Include.Count == 0 || Include.Any(pattern => new FnmatchPattern(pattern).IsMatch(name)))
        && !Exclude.Any(pattern => new FnmatchPattern(pattern).IsMatch(name));
}
