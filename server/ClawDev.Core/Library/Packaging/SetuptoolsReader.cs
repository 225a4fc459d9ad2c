using System.Text.RegularExpressions;
using ClawDev.Core.Configuration.Sources;
using ClawDev.Core.FileSystem;

namespace ClawDev.Core.Library.Packaging;

/// <summary>Reads setuptools' package settings from pyproject.toml [tool.setuptools], else setup.cfg [options],
/// else a static reading of setup.py's <c>setup(...)</c> keywords.</summary>
internal static partial class SetuptoolsReader
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
        var packageDir = PackageDirPattern().Match(text) is { Success: true } dirMatch
            ? StringPairs().Matches(dirMatch.Groups["body"].Value).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal)
            : [];
        IReadOnlyList<string>? packages = null;
        PackageFind? find = null;
        if (FindCallPattern().Match(text) is { Success: true } call)
        {
            var arguments = call.Groups["args"].Value;
            var where = WhereKeyword().Match(arguments) is { Success: true } keyword ? keyword.Groups["where"].Value
                : WhereArgument().Match(arguments) is { Success: true } positional ? positional.Groups["where"].Value
                : packageDir.GetValueOrDefault("", ".");
            find = new PackageFind([where], ListArgument(arguments, "include"), ListArgument(arguments, "exclude"), Namespaces: call.Groups["kind"].Value.Contains("namespace", StringComparison.Ordinal));
        }
        else if (PackagesListPattern().Match(text) is { Success: true } listed)
        {
            packages = [.. QuotedStrings().Matches(listed.Groups["body"].Value).Select(m => m.Groups["text"].Value)];
        }
        IReadOnlyList<string>? modules = ModulesListPattern().Match(text) is { Success: true } moduleList
            ? [.. QuotedStrings().Matches(moduleList.Groups["body"].Value).Select(m => m.Groups["text"].Value)]
            : null;
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

    private static List<string> ListArgument(string arguments, string keyword)
    {
        foreach (Match match in ListArguments().Matches(arguments))
        {
            if (match.Groups["keyword"].Value == keyword)
            {
                return [.. QuotedStrings().Matches(match.Groups["body"].Value).Select(m => m.Groups["text"].Value)];
            }
        }
        return [];
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

    [GeneratedRegex(@"package_dir\s*=\s*\{(?<body>[^}]*)\}", RegexOptions.None, 1000)]
    private static partial Regex PackageDirPattern();

    [GeneratedRegex(@"[""'](?<key>[^""']*)[""']\s*:\s*[""'](?<value>[^""']*)[""']", RegexOptions.None, 1000)]
    private static partial Regex StringPairs();

    [GeneratedRegex(@"packages\s*=\s*(?:setuptools\.)?(?<kind>find_namespace_packages|find_packages)\s*\((?<args>(?:[^()]|\([^()]*\))*)\)", RegexOptions.None, 1000)]
    private static partial Regex FindCallPattern();

    [GeneratedRegex(@"\bwhere\s*=\s*[""'](?<where>[^""']*)[""']", RegexOptions.None, 1000)]
    private static partial Regex WhereKeyword();

    [GeneratedRegex(@"^\s*[""'](?<where>[^""']*)[""']", RegexOptions.None, 1000)]
    private static partial Regex WhereArgument();

    [GeneratedRegex(@"\bpackages\s*=\s*\[(?<body>[^\]]*)\]", RegexOptions.None, 1000)]
    private static partial Regex PackagesListPattern();

    [GeneratedRegex(@"\bpy_modules\s*=\s*\[(?<body>[^\]]*)\]", RegexOptions.None, 1000)]
    private static partial Regex ModulesListPattern();

    // Generated, not built from the keyword at each call: Regex's cache of dynamic patterns costs a start-up JIT.
    [GeneratedRegex(@"\b(?<keyword>include|exclude)\s*=\s*[\[({](?<body>[^\])}]*)[\])}]", RegexOptions.None, 1000)]
    private static partial Regex ListArguments();

    [GeneratedRegex(@"[""'](?<text>[^""']+)[""']", RegexOptions.None, 1000)]
    private static partial Regex QuotedStrings();
}
