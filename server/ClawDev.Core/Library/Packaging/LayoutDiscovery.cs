namespace ClawDev.Core.Library.Packaging;

/// <summary>The packages a project has by its folder layout alone, as setuptools' automatic discovery finds them: the
/// packages and modules in src/ (src layout), else the top-level folders with an __init__.py whose names are not
/// tests, examples, docs, scripts, tools and the like, and the top-level modules that are not setup.py, conftest.py,
/// noxfile.py and the like (flat layout).</summary>
internal static class LayoutDiscovery
{
    public static (List<ImportRoot> Roots, string Source) Discover(PackagingContext context)
    {
        if (context.IsDirectory("src"))
        {
            var roots = new PackageFind(["src"], [], [], Namespaces: true).Discover(context).ToList();
            roots.AddRange(context.Entries("src", directories: false)
                .Where(name => name.EndsWith(".py", StringComparison.Ordinal) && FolderRoles.IsIdentifier(name[..^3]))
                .Select(name => new ImportRoot($"src/{name}", name[..^3])));
            if (roots.Count > 0)
            {
                return (roots, "the src/ layout");
            }
        }
        var flat = context.Entries("", directories: true)
            .Where(name => FolderRoles.MayBePackage(name) && context.IsRegularPackage(name))
            .Select(name => new ImportRoot(name, name))
            .ToList();
        flat.AddRange(context.Entries("", directories: false)
            .Where(name => name.EndsWith(".py", StringComparison.Ordinal) && FolderRoles.MayBeModule(name[..^3]))
            .Select(name => new ImportRoot(name, name[..^3])));
        return (flat, "the top-level packages and modules");
    }
}
