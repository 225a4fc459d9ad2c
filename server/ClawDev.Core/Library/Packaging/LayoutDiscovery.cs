namespace ClawDev.Core.Library.Packaging;

/// <summary>The packages a project has by its folder layout alone: the opened folder itself when it holds an
/// __init__.py (a package opened on its own); else as setuptools' automatic discovery finds them: the packages and
/// modules in src/ (src layout), else the top-level folders with an __init__.py whose names are not
/// tests, examples, docs, scripts, tools and the like, and the top-level modules that are not setup.py, conftest.py,
/// noxfile.py and the like (flat layout).</summary>
internal static class LayoutDiscovery
{
    public static (List<ImportRoot> Roots, string Source) Discover(PackagingContext context)
    {
        if (context.IsRegularPackage("") && Path.GetFileName(Path.TrimEndingDirectorySeparator(context.Files.Root)) is var name
            && FolderRoles.IsIdentifier(name))
        {
            return ([new ImportRoot("", name)], "the opened folder's __init__.py (the folder is the package)");
        }
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
