using ClawDev.Core.Configuration.Sources;

namespace ClawDev.Core.Library.Packaging;

/// <summary>
/// The packages of projects built by hatch, flit, poetry, pdm or maturin: each backend's package settings, else its
/// default of a package named after the project (in src/ or at the root). Paths are as configured; the caller checks
/// them against the file system.
/// </summary>
internal static class BackendPackages
{
    /// <returns>The roots and where they were read; null when the project does not use one of these backends.</returns>
    public static (List<ImportRoot> Roots, string Source)? Read(PackagingContext context, string buildBackend) => buildBackend switch
    {
        _ when buildBackend.StartsWith("hatchling", StringComparison.Ordinal) => Hatch(context),
        _ when buildBackend.StartsWith("flit", StringComparison.Ordinal) => Flit(context),
        _ when buildBackend.StartsWith("poetry", StringComparison.Ordinal) => Poetry(context),
        _ when buildBackend.StartsWith("pdm", StringComparison.Ordinal) => Pdm(context),
        _ when buildBackend.StartsWith("maturin", StringComparison.Ordinal) => Maturin(context),
        _ => null,
    };

    private static (List<ImportRoot>, string) Hatch(PackagingContext context)
    {
        if (context.Pyproject?.Table("tool", "hatch", "build", "targets", "wheel") is { } wheel
            && (Strings(wheel, "packages") ?? Strings(wheel, "only-include")) is { Count: > 0 } paths)
        {
            return ([.. paths.Select(PathRoot)], wheel.Origin.Label);
        }
        return NamedAfterProject(context, "hatch's default");
    }

    private static (List<ImportRoot>, string) Flit(PackagingContext context)
    {
        if (context.Pyproject?.Table("tool", "flit", "module") is { } module && module.TryGet("name", out var name) && name.Raw is string text)
        {
            return (Candidates(context, text.Split('.')[0]), module.Origin.Label);
        }
        return NamedAfterProject(context, "flit's default");
    }

    private static (List<ImportRoot>, string) Poetry(PackagingContext context)
    {
        if (context.Pyproject?.Table("tool", "poetry") is { } poetry && poetry.TryGet("packages", out var value) && value.Raw is IReadOnlyList<object> entries)
        {
            var roots = new List<ImportRoot>();
            foreach (var entry in entries.OfType<TomlTableValue>())
            {
                if (entry.TryGet("include", out var include, out _) && include is string name && !name.Contains('*'))
                {
                    var from = entry.TryGet("from", out var folder, out _) && folder is string text ? text : "";
                    roots.Add(PathRoot(PackagingContext.Join(from, name)));
                }
            }
            return (roots, poetry.Origin.Label);
        }
        return NamedAfterProject(context, "poetry's default");
    }

    private static (List<ImportRoot>, string) Pdm(PackagingContext context)
    {
        if (context.Pyproject?.Table("tool", "pdm", "build") is { } build)
        {
            if (Strings(build, "includes") is { Count: > 0 } includes)
            {
                return ([.. includes.Where(path => !path.Contains('*')).Select(PathRoot)], build.Origin.Label);
            }
            if (build.TryGet("package-dir", out var dir) && dir.Raw is string folder)
            {
                return ([.. new PackageFind([folder], [], [], Namespaces: false).Discover(context)], build.Origin.Label);
            }
        }
        return NamedAfterProject(context, "pdm's default");
    }

    private static (List<ImportRoot>, string) Maturin(PackagingContext context)
    {
        var table = context.Pyproject?.Table("tool", "maturin");
        var source = table is not null && table.TryGet("python-source", out var folder) && folder.Raw is string text ? text : "";
        var name = table is not null && table.TryGet("module-name", out var module) && module.Raw is string moduleName
            ? moduleName.Split('.')[0]
            : context.ImportNameOfProject();
        return name is null ? ([], "maturin") : ([PathRoot(PackagingContext.Join(source, name))], table?.Origin.Label ?? "maturin's default");
    }

    /// <summary>The backends' shared default: a package (or module) named after the project, in src/ or at the root.</summary>
    private static (List<ImportRoot>, string) NamedAfterProject(PackagingContext context, string source) =>
        context.ImportNameOfProject() is { } name ? (Candidates(context, name), $"{source} (the project's name)") : ([], source);

    private static List<ImportRoot> Candidates(PackagingContext context, string name)
    {
        foreach (var path in new[] { $"src/{name}", name, $"src/{name}.py", $"{name}.py" })
        {
            if (context.IsDirectory(path) || context.IsFile(path))
            {
                return [PathRoot(path)];
            }
        }
        return [new ImportRoot(name, name)];
    }

    /// <summary>A configured package path: its last segment is the import name ("src/foo" → foo, "foo.py" → foo).</summary>
    private static ImportRoot PathRoot(string path)
    {
        path = PackagingContext.Normalize(path);
        var name = path[(path.LastIndexOf('/') + 1)..];
        return new ImportRoot(path, name.EndsWith(".py", StringComparison.Ordinal) ? name[..^3] : name);
    }

    private static IReadOnlyList<string>? Strings(TomlOptionTable table, string key) =>
        table.TryGet(key, out var value) && value.Raw is IReadOnlyList<object> items ? [.. items.OfType<string>()] : null;
}
