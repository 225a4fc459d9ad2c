using System.Globalization;
using ClawDev.Core.Configuration.Paths;
using ClawDev.Core.Configuration.Resolution;
using ClawDev.Core.Configuration.Sources;


namespace ClawDev.Core.Configuration.Tools.Interrogate;

/// <summary>Reads interrogate's configuration as its config.py does: pyproject.toml [tool.interrogate] when the project
/// has a pyproject.toml at all, otherwise setup.cfg [tool:interrogate] (read by a plain ConfigParser: no inline
/// comments, %-interpolation, lists written as "[a, b]" or "a, b"). Values then pass through click's conversions.</summary>
internal static class InterrogateOptionsReader
{
    private const double DefaultFailUnder = 80.0;

    /// <summary><c>InterrogateCoverage.COMMON_EXCLUDE</c>, joined to the scanned path.</summary>
    private static readonly string[] CommonExcludes = [".tox", ".venv", "venv", ".git", ".hg"];

    private static readonly Dictionary<string, Func<CoverageOptions, bool, CoverageOptions>> Flags = new(StringComparer.Ordinal)
    {
        ["ignore_init_method"] = (options, on) => options with { IgnoreInitMethod = on },
        ["ignore_init_module"] = (options, on) => options with { IgnoreInitModule = on },
        ["ignore_magic"] = (options, on) => options with { IgnoreMagic = on },
        ["ignore_module"] = (options, on) => options with { IgnoreModule = on },
        ["ignore_nested_classes"] = (options, on) => options with { IgnoreNestedClasses = on },
        ["ignore_nested_functions"] = (options, on) => options with { IgnoreNestedFunctions = on },
        ["ignore_private"] = (options, on) => options with { IgnorePrivate = on },
        ["ignore_semiprivate"] = (options, on) => options with { IgnoreSemiprivate = on },
        ["ignore_property_decorators"] = (options, on) => options with { IgnoreProperty = on },
        ["ignore_setters"] = (options, on) => options with { IgnoreSetters = on },
        ["ignore_overloaded_functions"] = (options, on) => options with { IgnoreOverloaded = on },
    };

    /// <summary>interrogate options that do not change what ClawDev counts (output, badges, verbosity...).</summary>
    private static readonly HashSet<string> OtherOptions =
        ["verbose", "quiet", "output", "color", "omit_covered_files", "generate_badge", "badge_format", "badge_style", "ext", "style", "docstring_style", "whitelist_regex", "include_regex", "pyi"];

    /// <summary>click's BOOL spellings.</summary>
    private static readonly Dictionary<string, bool> ClickBooleans = new(StringComparer.OrdinalIgnoreCase)
    {
        ["1"] = true,
        ["true"] = true,
        ["t"] = true,
        ["yes"] = true,
        ["y"] = true,
        ["on"] = true,
        ["0"] = false,
        ["false"] = false,
        ["f"] = false,
        ["no"] = false,
        ["n"] = false,
        ["off"] = false,
    };

    public static InterrogateOptions? Read(ConfigFiles files)
    {
        var section = Section(files);
        if (section is null)
        {
            return null;
        }

        var reader = new OptionReader(section, files.Problems);
        var coverage = new CoverageOptions { FailUnder = DefaultFailUnder };
        var exclusions = CommonExcludes.Select(name => (IExclusion)new PrefixExclusion(new FnmatchPattern($"{files.Root}/{name}*"), $"interrogate's built-in exclude \"{name}\"")).ToList();
        var settings = new List<ConfigSetting>();
        var failUnderSet = false;
        foreach (var key in section.Keys)
        {
            reader.TryGet(key, out var value);
            if (Apply(Normalize(key), reader, key, value, ref coverage, exclusions, files.Root))
            {
                settings.Add(reader.Sourced(key, value.Text, value).ToSetting());
                failUnderSet |= Normalize(key) == "fail_under";
            }
        }

        if (!failUnderSet)
        {
            settings.Add(new ConfigSetting("fail-under", DefaultFailUnder.ToString("0.0", CultureInfo.InvariantCulture), "interrogate default"));
        }

        return new InterrogateOptions(section.Origin, coverage, exclusions, settings);
    }

    private static IOptionTable? Section(ConfigFiles files)
    {
        var setupCfg = files.Ini("setup.cfg", inlineComments: false)?.Table("tool:interrogate");
        if (!files.Exists("pyproject.toml"))
        {
            return setupCfg;
        }

        if (setupCfg is not null)
        {
            files.Problems.Add("setup.cfg", setupCfg.Line, "[tool:interrogate] is not read: interrogate reads only pyproject.toml when the project has one.");
        }

        return files.Toml("pyproject.toml")?.Table("tool", "interrogate");
    }

    /// <summary>interrogate's own key normalisation: "--fail-under" and "fail-under" are "fail_under".</summary>
    private static string Normalize(string key) => key.Replace("--", "").Replace('-', '_');

    /// <summary>Applies one option; false when it is invalid or does not affect what ClawDev counts.</summary>
    private static bool Apply(string name, OptionReader reader, string key, OptionValue value, ref CoverageOptions coverage, List<IExclusion> exclusions, string root)
    {
        if (Flags.TryGetValue(name, out var set))
        {
            if (ReadFlag(reader, key, value) is not { } on)
            {
                return false;
            }

            coverage = set(coverage, on);
            return true;
        }

        switch (name)
        {
            case "fail_under" when ReadNumber(reader, key, value) is { } threshold:
                coverage = coverage with { FailUnder = threshold };
                return true;
            case "exclude" when ReadList(reader, key, value) is { } paths:
                exclusions.AddRange(Exclusions(paths, reader.Sourced(key, paths, value), root));
                return true;
            case "ignore_regex" when ReadRegexes(reader, key, value) is { } regexes:
                coverage = coverage with { IgnoreRegex = regexes };
                return true;
            case "fail_under" or "exclude" or "ignore_regex":
                return false;
            default:
                if (!OtherOptions.Contains(name))
                {
                    reader.Reject(key, value, "is not an interrogate option (interrogate ignores it too)");
                }

                return false;
        }
    }

    /// <summary>A flag: TOML true/false, or a string click's BOOL accepts (setup.cfg).</summary>
    private static bool? ReadFlag(OptionReader reader, string key, OptionValue value)
    {
        if (Interpolated(reader, key, value) is not { } raw)
        {
            return null;
        }

        switch (raw)
        {
            case bool flag:
                return flag;
            case long number and (0 or 1):
                return number == 1;
            case string text when ClickBooleans.TryGetValue(text.Trim(), out var parsed):
                return parsed;
            default:
                reader.Reject(key, value, "must be true or false");
                return null;
        }
    }

    private static double? ReadNumber(OptionReader reader, string key, OptionValue value)
    {
        if (Interpolated(reader, key, value) is not { } raw)
        {
            return null;
        }

        switch (raw)
        {
            case long number:
                return number;
            case double number when double.IsFinite(number):
                return number;
            case string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed):
                return parsed;
            default:
                reader.Reject(key, value, "must be a number");
                return null;
        }
    }

    /// <summary>A TOML list of strings, or setup.cfg text as <c>sanitize_list_values</c> reads it.</summary>
    private static IReadOnlyList<string>? ReadList(OptionReader reader, string key, OptionValue value)
    {
        if (Interpolated(reader, key, value) is not { } raw)
        {
            return null;
        }

        switch (raw)
        {
            case IReadOnlyList<object> array when array.All(item => item is string):
                return [.. array.Cast<string>()];
            case string text when reader.Table is IniOptionTable:
                text = text.StartsWith('[') ? text[1..] : text;
                text = text.EndsWith(']') ? text[..^1] : text;
                return text.Length == 0 ? [] : [.. text.Split(',').Select(part => part.Trim().Trim('"'))];
            default:
                reader.Reject(key, value, "must be a list of strings");
                return null;
        }
    }

    /// <summary>Regexes applied with <c>re.match</c> to names; a single TOML string is one regex (interrogate &lt; 1.1.3 style).</summary>
    private static IReadOnlyList<ConfigRegex>? ReadRegexes(OptionReader reader, string key, OptionValue value)
    {
        var patterns = value.Raw is string single && reader.Table is TomlOptionTable ? [single] : ReadList(reader, key, value);
        if (patterns is null)
        {
            return null;
        }

        var regexes = new List<ConfigRegex>();
        foreach (var pattern in patterns)
        {
            if (PythonRegex.Compile(pattern, @"\A(?:{0})", reader.Problems.PatternTimeouts, out var error) is { } regex)
            {
                regexes.Add(regex);
            }
            else
            {
                reader.Reject(key, value, $"holds an invalid regular expression \"{pattern}\" ({error})");
                return null;
            }
        }

        return regexes;
    }

    /// <summary>click resolves each excluded path against the working directory (the project root); interrogate then
    /// drops every file whose absolute path matches <c>fnmatch(path, excluded + "*")</c>.</summary>
    private static IEnumerable<IExclusion> Exclusions(IReadOnlyList<string> paths, SourcedOption<IReadOnlyList<string>> option, string root) =>
        paths.Select(path => new PrefixExclusion(
            new FnmatchPattern(LexicalPath.Absolute(path, root) + "*"),
            paths.Count == 1 ? option.Describe() : $"{option.Describe()} (path \"{path}\")"));

    /// <summary>ConfigParser's BasicInterpolation for setup.cfg values: "%%" is "%", "%(name)s" another option's value.</summary>
    private static object? Interpolated(OptionReader reader, string key, OptionValue value)
    {
        if (value.Raw is not string text || reader.Table is not IniOptionTable || !text.Contains('%'))
        {
            return value.Raw;
        }

        var result = BasicInterpolation.Expand(text, name => reader.TryGet(name, out var other) ? other.Raw as string : null, out var error);
        if (result is null)
        {
            reader.Reject(key, value, $"has a bad %-interpolation ({error})");
            return null;
        }

        return result;
    }

    /// <summary>Excludes files whose absolute path matches an fnmatch pattern.</summary>
    private sealed class PrefixExclusion(FnmatchPattern pattern, string describedAs) : IExclusion
    {
        public string? Reason(FilePath file) => pattern.IsMatch(file.Absolute) ? $"excluded by {describedAs}" : null;
    }
}
