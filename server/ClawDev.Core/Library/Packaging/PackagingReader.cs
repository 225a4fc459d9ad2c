namespace ClawDev.Core.Library.Packaging;

/// <summary>
/// Finds the importable packages of a project: from its packaging configuration (the build backend's package
/// settings — setuptools in pyproject.toml, setup.cfg or setup.py; hatch, flit, poetry, pdm, maturin), else from the
/// folder layout. Configured paths that do not exist, or that leave the project, are noted and dropped; when none is
/// left the layout decides.
/// </summary>
internal static class PackagingReader
{
    public static (IReadOnlyList<ImportRoot> Roots, string FoundBy) Read(PackagingContext context)
    {
        if (Configured(context) is var (roots, source) && roots.Count > 0)
        {
            var existing = roots.Where(root => Exists(context, root, source)).DistinctBy(root => root.Path).ToList();
            if (existing.Count > 0)
            {
                return (existing, source);
            }
            context.Notes.Add($"{source} names no package that exists; the packages are found from the folder layout.");
        }
        var (discovered, layout) = LayoutDiscovery.Discover(context);
        return (discovered, layout);
    }

    private static (List<ImportRoot> Roots, string Source)? Configured(PackagingContext context)
    {
        var backend = context.Pyproject?.Table("build-system") is { } buildSystem
            && buildSystem.TryGet("build-backend", out var value) && value.Raw is string name
                ? name.Trim()
                : "";
        if (BackendPackages.Read(context, backend) is { } fromBackend)
        {
            return fromBackend;
        }
        // setuptools, named or not: it is also what builds a project with only a setup.py or setup.cfg.
        return SetuptoolsReader.Read(context) is { } setuptools ? (setuptools.Resolve(context), setuptools.Source) : null;
    }

    private static bool Exists(PackagingContext context, ImportRoot root, string source)
    {
        var leavesProject = root.Path.Length == 0 || root.Path.StartsWith('/') || root.Path.Split('/').Contains("..") || root.Path.Contains(':');
        if (!leavesProject && (root.IsModuleFile ? context.IsFile(root.Path) : context.IsDirectory(root.Path)))
        {
            return true;
        }
        context.Notes.Add(leavesProject
            ? $"{source} names the package {root.Name} at \"{root.Path}\", outside the project; it is left out."
            : $"{source} names the package {root.Name} at \"{root.Path}\", which does not exist; it is left out.");
        return false;
    }
}
