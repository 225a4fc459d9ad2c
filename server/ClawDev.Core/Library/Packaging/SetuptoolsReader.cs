using ClawDev.Core.Configuration.Sources;
using ClawDev.Core.FileSystem;

namespace ClawDev.Core.Library.Packaging;

/// <summary>Reads setuptools' package settings from pyproject.toml [tool.setuptools], else setup.cfg [options],
/// else a static reading of setup.py's <c>setup(...)</c> keywords.</summary>
internal static class SetuptoolsReader
{
    /// <summary>setup.py is read as text, never run; a larger one is not a plain setup script.</summary>
    private const long MaxSetupPyBytes = 512 * 1024;

    public static SetuptoolsDeclaration? Read(PackagingContext context) =>
        FromPyproject(context) ?? FromSetupCfg(context) ?? FromSetupPy(context);

    private static SetuptoolsDeclaration? FromPyproject(PackagingContext context)
    {
        if (context.Pyproject?.Table("tool", "setuptools") is not { } table)
        {
            return null;
        }
        var packageDir = table.TryGet("package-dir", out var dirs) && dirs.Raw is TomlTableValue map ? StringMap(map) : [];
        IReadOnlyList<string>? packages = table.TryGet("packages", out var list) && list.Raw is IReadOnlyList<object> names ? [.. names.OfType<string>()] : null;
        PackageFind? find = null;
        if (table.SubTable("packages") is { } packagesTable && packagesTable.SubTable("find") is { } findTable)
        {
            find = new PackageFind(
                Strings(findTable, "where") ?? ["."],
                Strings(findTable, "include") ?? [],
                Strings(findTable, "exclude") ?? [],
                Namespaces: !findTable.TryGet("namespaces", out var namespaces) || namespaces.Raw is not false);
        }
        IReadOnlyList<string>? modules = Strings(table, "py-modules");
        var declaration = new SetuptoolsDeclaration(table.Origin.Label, packageDir, packages, find, modules);
        return declaration.DeclaresAnything ? declaration : null;
    }

    private static SetuptoolsDeclaration? FromSetupCfg(PackagingContext context)
    {
        if (!context.Files.Exists("setup.cfg") || context.Files.Ini("setup.cfg", inlineComments: false) is not { } ini || ini.Table("options") is not { } options)
        {
            return null;
        }
        var packageDir = options.TryGet("package_dir", out var dirs) ? IniMap(dirs.Raw as string ?? "") : [];
        IReadOnlyList<string>? packages = null;
        PackageFind? find = null;
        if (options.TryGet("packages", out var packagesValue) && packagesValue.Raw is string packagesText)
        {
            var trimmed = packagesText.Trim();
            if (trimmed is "find:" or "find_namespace:")
            {
                var findTable = ini.Table("options.packages.find");
                find = new PackageFind(
                    IniList(findTable, "where") is { Count: > 0 } where ? where : [packageDir.GetValueOrDefault("", ".")],
                    IniList(findTable, "include") ?? [],
                    IniList(findTable, "exclude") ?? [],
                    Namespaces: trimmed == "find_namespace:");
            }
            else
            {
                packages = SplitList(trimmed);
            }
        }
        IReadOnlyList<string>? modules = options.TryGet("py_modules", out var modulesValue) && modulesValue.Raw is string modulesText ? SplitList(modulesText) : null;
        var declaration = new SetuptoolsDeclaration("setup.cfg [options]", packageDir, packages, find, modules);
        return declaration.DeclaresAnything ? declaration : null;
    }

    private static SetuptoolsDeclaration? FromSetupPy(PackagingContext context)
    {
        if (!context.IsFile("setup.py") || ReadSetupPy(context) is not { } text)
        {
            return null;
        }
        var packageDir = SetupPyText.PackageDir(text);
        IReadOnlyList<string>? packages = null;
        PackageFind? find = null;
        if (SetupPyText.Find(text) is var (namespaces, arguments))
        {
            var where = SetupPyText.Where(arguments) ?? packageDir.GetValueOrDefault("", ".");
            find = new PackageFind([where], SetupPyText.ListArgument(arguments, "include"), SetupPyText.ListArgument(arguments, "exclude"), namespaces);
        }
        else
        {
            packages = SetupPyText.List(text, "packages");
        }
        IReadOnlyList<string>? modules = SetupPyText.List(text, "py_modules");
        var declaration = new SetuptoolsDeclaration("setup.py", packageDir, packages, find, modules);
        return declaration.DeclaresAnything ? declaration : null;
    }

    private static string? ReadSetupPy(PackagingContext context)
    {
        var text = BoundedFile.ReadText($"{context.Files.Root}/setup.py", MaxSetupPyBytes, out var problem);
        if (problem is not null)
        {
            context.Notes.Add($"setup.py cannot be read ({problem}); the packages are found from the folder layout.");
        }
        return text;
    }

    private static Dictionary<string, string> StringMap(TomlTableValue map)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in map.Keys)
        {
            if (map.TryGet(key, out var value, out _) && value is string text)
            {
                result[key] = text;
            }
        }
        return result;
    }

    private static IReadOnlyList<string>? Strings(TomlOptionTable table, string key) =>
        table.TryGet(key, out var value) && value.Raw is IReadOnlyList<object> items ? [.. items.OfType<string>()] : null;

    /// <summary>setup.cfg's "package_dir": "=src" or lines "pkg = folder".</summary>
    private static Dictionary<string, string> IniMap(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = line.IndexOf('=');
            if (equals >= 0)
            {
                result[line[..equals].Trim()] = line[(equals + 1)..].Trim();
            }
        }
        return result;
    }

    private static List<string>? IniList(IniOptionTable? table, string key) =>
        table is not null && table.TryGet(key, out var value) && value.Raw is string text ? SplitList(text) : null;

    private static List<string> SplitList(string text) =>
        [.. text.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
