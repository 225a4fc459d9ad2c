using System.Globalization;
using ClawDev.Core.Configuration.Codes;
using ClawDev.Core.Configuration.Resolution;
using ClawDev.Core.Configuration.Sources;
using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Configuration.Tools.ClawDev;

/// <summary>Reads pyproject.toml [tool.clawdev]. Unlike the other tools' tables, unknown keys are reported: they
/// are ClawDev's own, so a misspelling is certainly a mistake.</summary>
internal static class ClawDevOptionsReader
{
    private static readonly HashSet<string> Keys =
    [
        "select", "extend-select", "ignore", "per-file-ignores", "style", "document-var-args", "document-self",
        "document-private-parameters", "exclude", "fail-under", "max-file-size", "use-full-dunder-all", "d417-sphinx",
        "profile",
    ];

    private static readonly Dictionary<string, DocstringStyle> Styles = new(StringComparer.Ordinal)
    {
        ["google"] = DocstringStyle.Google,
        ["numpy"] = DocstringStyle.NumPy,
        ["sphinx"] = DocstringStyle.Sphinx,
        ["huggingface"] = DocstringStyle.HuggingFace,
    };

    private static readonly (string Unit, long Bytes)[] SizeUnits =
        [("KiB", 1024), ("MiB", 1024 * 1024), ("GiB", 1024 * 1024 * 1024), ("KB", 1000), ("MB", 1000_000), ("GB", 1000_000_000), ("B", 1)];

    public static ClawDevOptions Read(ConfigFiles files)
    {
        if (files.Toml("pyproject.toml")?.Table("tool", "clawdev") is not { } table)
        {
            return ClawDevOptions.None;
        }

        var reader = new OptionReader(table, files.Problems);
        foreach (var key in table.Keys.Where(key => !Keys.Contains(key)))
        {
            reader.TryGet(key, out var value);
            reader.Reject(key, value, $"is not a ClawDev option (known: {string.Join(", ", Keys)})");
        }

        var select = reader.StringList("select");
        var extendSelect = reader.StringList("extend-select");
        var ignore = reader.StringList("ignore");
        var perFileIgnores = reader.StringListMap("per-file-ignores");
        var style = ReadStyle(reader);
        var varArgs = reader.Bool("document-var-args");
        var self = reader.Bool("document-self");
        var privateParameters = reader.Bool("document-private-parameters");
        var exclude = reader.StringList("exclude");
        var failUnder = ReadFailUnder(reader);
        var maxFileSize = ReadSize(reader, "max-file-size");
        var fullDunderAll = reader.Bool("use-full-dunder-all");
        var d417Sphinx = reader.Bool("d417-sphinx");
        var profile = ReadProfile(reader);

        var selection = select is null && extendSelect is null && ignore is null
            ? null
            : new RuleSelection(select is null ? null : Selectors(select, files.Problems), Selectors(extendSelect, files.Problems), Selectors(ignore, files.Problems));

        return new ClawDevOptions
        {
            Selection = selection,
            PerFileIgnores = perFileIgnores is null ? [] : PerFileIgnores(perFileIgnores, files.Problems),
            Style = style?.Value,
            Parameters = new ParameterOptions(varArgs?.Value ?? false, self?.Value ?? false, privateParameters?.Value ?? false),
            Exclusions = exclude is null ? [] : [.. GlobExclusion.FromOption(exclude, files.Problems)],
            FailUnder = failUnder?.Value,
            MaxFileSize = maxFileSize?.Value,
            UseFullDunderAll = fullDunderAll?.Value ?? false,
            D417IncludesSphinx = d417Sphinx?.Value ?? false,
            Profile = profile,
            Settings =
            [
                .. new ConfigSetting?[]
                {
                    select?.ToSetting(), extendSelect?.ToSetting(), ignore?.ToSetting(), perFileIgnores?.ToSetting(), style?.ToSetting(),
                    varArgs?.ToSetting(), self?.ToSetting(), privateParameters?.ToSetting(), exclude?.ToSetting(), failUnder?.ToSetting(),
                    maxFileSize?.ToSetting(), fullDunderAll?.ToSetting(), d417Sphinx?.ToSetting(), profile?.ToSetting(),
                }.OfType<ConfigSetting>(),
            ],
        };
    }

    /// <summary>Selectors over ClawDev's codes; one naming no known code is reported and dropped.</summary>
    internal static IReadOnlyList<RuleSelector> Selectors(SourcedOption<IReadOnlyList<string>>? option, ProblemLog problems) =>
        option is null ? [] : Selectors(option.Value, text => option.Report(problems, $"\"{text}\" names no rule ClawDev knows ({CodeRegistry.SelectableText} or ALL); it is ignored."));

    internal static IReadOnlyList<RuleSelector> Selectors(IEnumerable<string> texts, Action<string> reportUnknown)
    {
        var selectors = new List<RuleSelector>();
        foreach (var text in texts)
        {
            if (RuleSelector.Parse(text) is { } selector && selector.Expand(CodeRegistry.ClawDev).Any())
            {
                selectors.Add(selector);
            }
            else
            {
                reportUnknown(text);
            }
        }

        return selectors;
    }

    private static List<PerFileIgnore> PerFileIgnores(SourcedOption<PatternCodes> option, ProblemLog problems)
    {
        var ignores = new List<PerFileIgnore>();
        foreach (var (pattern, texts) in option.Value.Entries)
        {
            var codes = Selectors(texts, text => option.Report(problems, $"\"{text}\" for \"{pattern}\" names no rule ClawDev knows; it is ignored."))
                .SelectMany(selector => selector.Expand(CodeRegistry.ClawDev)).ToHashSet(StringComparer.Ordinal);
            if (PerFileIgnore.Create(pattern, option.Origin.Directory, codes, out var error) is { } ignore)
            {
                ignores.Add(ignore);
            }
            else
            {
                option.Report(problems, $"{error}; the entry is ignored.");
            }
        }

        return ignores;
    }

    private static SourcedOption<DocstringStyle>? ReadStyle(OptionReader reader)
    {
        if (reader.String("style") is not { } name)
        {
            return null;
        }

        if (Styles.TryGetValue(name.Value, out var style))
        {
            return reader.Sourced("style", style, name.Raw);
        }

        reader.Reject("style", name.Raw, "must be google, numpy, sphinx or huggingface");
        return null;
    }

    private static SourcedOption<AnalysisProfile>? ReadProfile(OptionReader reader)
    {
        if (reader.String("profile") is not { } name)
        {
            return null;
        }

        if (ProfileChoice.Parse(name.Value) is { } profile)
        {
            return reader.Sourced("profile", profile, name.Raw);
        }

        reader.Reject("profile", name.Raw, "must be contribution or pydocstyle");
        return null;
    }

    private static SourcedOption<double>? ReadFailUnder(OptionReader reader)
    {
        if (reader.Number("fail-under") is not { } threshold)
        {
            return null;
        }

        if (threshold.Value is >= 0 and <= 100)
        {
            return threshold;
        }

        reader.Reject("fail-under", threshold.Raw, "must be a percentage between 0 and 100");
        return null;
    }

    /// <summary>A byte count: an integer, or a string such as "512 KiB", "2MB".</summary>
    private static SourcedOption<long>? ReadSize(OptionReader reader, string key)
    {
        if (!reader.TryGet(key, out var value))
        {
            return null;
        }

        if (value.Raw is long bytes && bytes > 0)
        {
            return reader.Sourced(key, bytes, value);
        }

        if (value.Raw is string text)
        {
            text = text.Trim();
            foreach (var (unit, size) in SizeUnits)
            {
                if (text.EndsWith(unit, StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(text[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var count)
                    && count > 0 && count * size < long.MaxValue)
                {
                    return reader.Sourced(key, (long)(count * size), value);
                }
            }
        }

        reader.Reject(key, value, "must be a positive number of bytes, or a size such as \"2 MiB\"");
        return null;
    }
}
