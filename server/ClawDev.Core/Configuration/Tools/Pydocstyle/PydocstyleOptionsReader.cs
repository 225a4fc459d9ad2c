using ClawDev.Core.Configuration.Codes;
using ClawDev.Core.Configuration.Paths;
using ClawDev.Core.Configuration.Sources;


namespace ClawDev.Core.Configuration.Tools.Pydocstyle;

/// <summary>Finds and reads pydocstyle's configuration as pydocstyle's config.py does for one directory.</summary>
internal static class PydocstyleOptionsReader
{
    /// <summary><c>ConfigurationParser.PROJECT_CONFIG_FILES</c>: the first file holding a section wins.</summary>
    private static readonly string[] FileOrder = ["setup.cfg", "tox.ini", ".pydocstyle", ".pydocstyle.ini", ".pydocstylerc", ".pydocstylerc.ini", "pyproject.toml", ".pep257"];

    /// <summary><c>POSSIBLE_SECTION_NAMES</c>; in pyproject.toml they are tables under [tool].</summary>
    private static readonly string[] SectionNames = ["pydocstyle", "pep257"];

    /// <summary><c>CONFIG_FILE_OPTIONS</c> of pydocstyle 6.3 (6.2.3 lacks the last two and warns about them; repos that
    /// write them run 6.3, so ClawDev honours them). "inherit" only matters for nested configuration files.</summary>
    private static readonly HashSet<string> KnownOptions =
        ["convention", "select", "ignore", "add-select", "add-ignore", "match", "match-dir", "ignore-decorators", "property-decorators", "ignore-self-only-init", "inherit"];

    public static PydocstyleOptions? Read(ConfigFiles files, ICollection<ConfigSetting> unused)
    {
        PydocstyleOptions? chosen = null;
        foreach (var fileName in FileOrder)
        {
            if (Section(files, fileName) is not { } section)
            {
                continue;
            }

            if (chosen is null)
            {
                chosen = ReadSection(new OptionReader(section, files.Problems));
            }
            else
            {
                unused.Add(new ConfigSetting("pydocstyle", $"not used: pydocstyle reads {chosen.Origin.Label} first", section.Origin.Label));
            }
        }

        return chosen;
    }

    private static IOptionTable? Section(ConfigFiles files, string fileName)
    {
        if (fileName.EndsWith(".toml", StringComparison.Ordinal))
        {
            var toml = files.Toml(fileName);
            return SectionNames.Select(name => toml?.Table("tool", name)).FirstOrDefault(table => table is not null);
        }

        var ini = files.Ini(fileName, inlineComments: true);
        return SectionNames.Select(name => ini?.Table(name)).FirstOrDefault(table => table is not null);
    }

    private static PydocstyleOptions ReadSection(OptionReader reader)
    {
        // pydocstyle accepts "add_select" for "add-select".
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in reader.Table.Keys)
        {
            var normalized = key.Replace('_', '-');
            if (KnownOptions.Contains(normalized))
            {
                keys[normalized] = key;
            }
            else
            {
                reader.TryGet(key, out var value);
                reader.Reject(key, value, "is not a pydocstyle option (pydocstyle ignores it too)");
            }
        }

        SourcedOption<IReadOnlyList<string>>? Codes(string name) => keys.TryGetValue(name, out var key) ? ReadCodes(reader, key) : null;
        SourcedOption<ConfigRegex>? Pattern(string name) => keys.TryGetValue(name, out var key) ? ReadRegex(reader, key, @"\A(?:{0}$)") : null;

        return new PydocstyleOptions
        {
            Origin = reader.Table.Origin,
            Select = Codes("select"),
            Ignore = Codes("ignore"),
            AddSelect = Codes("add-select"),
            AddIgnore = Codes("add-ignore"),
            Convention = keys.TryGetValue("convention", out var convention) ? ReadConvention(reader, convention) : null,
            Match = Pattern("match"),
            MatchDir = Pattern("match-dir"),
            IgnoreDecorators = keys.TryGetValue("ignore-decorators", out var decorators) ? ReadIgnoreDecorators(reader, decorators) : null,
            PropertyDecorators = keys.TryGetValue("property-decorators", out var properties) ? ReadPropertyDecorators(reader, properties) : null,
            IgnoreSelfOnlyInit = keys.TryGetValue("ignore-self-only-init", out var selfOnly) ? reader.Bool(selfOnly) : null,
        };
    }

    /// <summary>A comma-separated string, or in TOML also a list of strings; each part is stripped, empty parts dropped.</summary>
    private static SourcedOption<IReadOnlyList<string>>? ReadCodes(OptionReader reader, string key)
    {
        reader.TryGet(key, out var value);
        IEnumerable<object?>? parts = value.Raw switch
        {
            string text => text.Split(','),
            IReadOnlyList<object> array => array,
            _ => null,
        };
        if (parts is null || parts.Any(part => part is not string))
        {
            reader.Reject(key, value, "must be a comma-separated string of error codes");
            return null;
        }

        return reader.Sourced<IReadOnlyList<string>>(key, [.. parts.Cast<string>().Select(part => part.Trim()).Where(part => part.Length > 0)], value);
    }

    private static SourcedOption<Convention>? ReadConvention(OptionReader reader, string key)
    {
        if (reader.String(key) is not { } name)
        {
            return null;
        }

        if (ConventionCodes.Parse(name.Value) is { } convention)
        {
            return reader.Sourced(key, convention, name.Raw);
        }

        reader.Reject(key, name.Raw, "must be pep257, numpy or google");
        return null;
    }

    private static SourcedOption<ConfigRegex>? ReadRegex(OptionReader reader, string key, string template)
    {
        if (reader.String(key) is not { } pattern)
        {
            return null;
        }

        if (PythonRegex.Compile(pattern.Value, template, reader.Problems.PatternTimeouts, out var error) is { } regex)
        {
            return reader.Sourced(key, regex, pattern.Raw);
        }

        reader.Reject(key, pattern.Raw, $"is not a valid regular expression ({error})");
        return null;
    }

    private static SourcedOption<ConfigRegex?>? ReadIgnoreDecorators(OptionReader reader, string key)
    {
        if (reader.String(key) is not { } pattern)
        {
            return null;
        }

        return pattern.Value.Length == 0
            ? reader.Sourced<ConfigRegex?>(key, null, pattern.Raw)
            : ReadRegex(reader, key, "{0}") is { } regex ? reader.Sourced<ConfigRegex?>(key, regex.Value, regex.Raw) : null;
    }

    /// <summary>pydocstyle splits at commas and does not strip the names ("a, b" gives " b").</summary>
    private static SourcedOption<IReadOnlySet<string>>? ReadPropertyDecorators(OptionReader reader, string key) =>
        reader.String(key) is { } names
            ? reader.Sourced<IReadOnlySet<string>>(key, names.Value.Split(',').ToHashSet(StringComparer.Ordinal), names.Raw)
            : null;
}
