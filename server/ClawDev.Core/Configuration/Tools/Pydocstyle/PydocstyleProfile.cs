using ClawDev.Core.Configuration.Codes;
using ClawDev.Core.Configuration.Paths;
using ClawDev.Core.Configuration.Resolution;
using ClawDev.Core.Configuration.Sources;

namespace ClawDev.Core.Configuration.Tools.Pydocstyle;

/// <summary>Turns pydocstyle's options into the codes it checks, as <c>ConfigurationParser._get_checked_errors</c>.</summary>
internal static class PydocstyleProfile
{
    private const string DefaultMatch = @"(?!test_).*\.py";
    private const string DefaultMatchDir = @"[^\.].*";
    private const string Default = "pydocstyle default";

    public static DocstringProfile Build(PydocstyleOptions options, ProblemLog problems)
    {
        var settings = new List<ConfigSetting>();
        var (codes, convention) = BasicCodes(options, problems, settings);
        codes.UnionWith(Expand(options.AddSelect, problems));
        codes.ExceptWith(Expand(options.AddIgnore, problems));
        settings.AddRange(new[] { options.AddSelect, options.AddIgnore }.OfType<SourcedOption<IReadOnlyList<string>>>().Select(option => option.ToSetting()));

        var match = options.Match ?? DefaultPattern("match", DefaultMatch, options.Origin, problems);
        var matchDir = options.MatchDir ?? DefaultPattern("match-dir", DefaultMatchDir, options.Origin, problems);
        settings.Add(options.Match?.ToSetting() ?? new ConfigSetting("match", DefaultMatch, Default));
        settings.Add(options.MatchDir?.ToSetting() ?? new ConfigSetting("match-dir", DefaultMatchDir, Default));
        settings.AddRange(new[] { options.IgnoreDecorators?.ToSetting(), options.PropertyDecorators?.ToSetting(), options.IgnoreSelfOnlyInit?.ToSetting() }.OfType<ConfigSetting>());

        return new DocstringProfile
        {
            Tool = "pydocstyle",
            DecidedBy = options.Origin.Label,
            Codes = codes,
            Convention = convention,
            IgnoreDecorators = options.IgnoreDecorators?.Value,
            PropertyDecorators = options.PropertyDecorators?.Value,
            IgnoreSelfOnlyInit = options.IgnoreSelfOnlyInit?.Value ?? false,
            Exclusions = [new PydocstyleMatchExclusion(match, matchDir, options.Match is null, options.MatchDir is null)],
            Settings = settings,
        };
    }

    /// <summary>The "basic list": select, ignore or convention, which exclude each other; pep257 when none is given.</summary>
    private static (HashSet<string> Codes, Convention Convention) BasicCodes(PydocstyleOptions options, ProblemLog problems, List<ConfigSetting> settings)
    {
        var ignored = Expand(options.Ignore, problems);
        var selected = Expand(options.Select, problems);

        // _validate_options: only non-empty values conflict; then ignore wins over select over convention.
        var given = new (SourcedOption<IReadOnlyList<string>>? Option, bool Truthy)[] { (options.Ignore, ignored.Count > 0), (options.Select, selected.Count > 0) };
        var truthy = given.Count(entry => entry.Truthy) + (options.Convention is null ? 0 : 1);
        if (truthy > 1)
        {
            problems.Add(options.Origin, null, $"{options.Origin.Table} sets more than one of select, ignore and convention, which pydocstyle refuses; the default pep257 codes are used.");
            settings.Add(new ConfigSetting("convention", "pep257", Default));
            return (PydocstyleCodes(Convention.Pep257), Convention.Pep257);
        }

        if (options.Ignore is { } ignore)
        {
            settings.Add(ignore.ToSetting());
            return ([.. CodeRegistry.Pydocstyle.Codes.Except(ignored)], Convention.None);
        }

        if (options.Select is { } select)
        {
            settings.Add(select.ToSetting());
            return (selected, Convention.None);
        }

        if (options.Convention is { } convention)
        {
            settings.Add(new ConfigSetting(convention.Key, ConventionCodes.Name(convention.Value), convention.Origin.Label));
            return (PydocstyleCodes(convention.Value), convention.Value);
        }

        settings.Add(new ConfigSetting("convention", "pep257", Default));
        return (PydocstyleCodes(Convention.Pep257), Convention.Pep257);
    }

    private static HashSet<string> PydocstyleCodes(Convention convention) =>
        [.. CodeRegistry.Pydocstyle.Codes.Except(ConventionCodes.DisabledByPydocstyle(convention))];

    /// <summary><c>_expand_error_codes</c>: every code starting with a part; a part matching nothing is reported.</summary>
    private static HashSet<string> Expand(SourcedOption<IReadOnlyList<string>>? option, ProblemLog problems)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in option?.Value ?? [])
        {
            var matching = CodeRegistry.Pydocstyle.Codes.Where(code => code.StartsWith(part, StringComparison.Ordinal)).ToList();
            if (matching.Count == 0)
            {
                option!.Report(problems, $"{TomlValueText.Quote(part)} is not a prefix of any pydocstyle error code; it is ignored.");
            }

            codes.UnionWith(matching);
        }

        return codes;
    }

    private static SourcedOption<ConfigRegex> DefaultPattern(string key, string pattern, ConfigOrigin origin, ProblemLog problems) =>
        new(key, PythonRegex.Compile(pattern, @"\A(?:{0}$)", problems.PatternTimeouts, out _)!, new OptionValue(pattern, pattern, null), origin);
}
