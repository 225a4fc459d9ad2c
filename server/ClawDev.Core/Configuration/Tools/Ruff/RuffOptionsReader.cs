using ClawDev.Core.Configuration.Codes;
using ClawDev.Core.Configuration.Sources;

namespace ClawDev.Core.Configuration.Tools.Ruff;

/// <summary>Finds and reads ruff's configuration the way ruff does for a project directory.</summary>
internal static class RuffOptionsReader
{
    /// <summary>ruff's own order in one directory (<c>settings_toml</c>): the first that exists wins, and
    /// pyproject.toml counts only with a [tool.ruff] table.</summary>
    private static readonly string[] FileOrder = [".ruff.toml", "ruff.toml", "pyproject.toml"];

    private static readonly HashSet<string> PydocstyleKeys = ["convention", "ignore-decorators", "property-decorators", "ignore-var-parameters"];

    /// <summary>Reads the root's ruff configuration, following <c>extend</c>.</summary>
    /// <param name="unused">Receives ruff configuration files that exist but lose to a higher-precedence one.</param>
    public static RuffOptions? Read(ConfigFiles files, ICollection<ConfigSetting> unused)
    {
        RuffOptions? chosen = null;
        foreach (var name in FileOrder)
        {
            if (!files.Exists(name) || (name == "pyproject.toml" && files.Toml(name)?.Table("tool", "ruff") is null))
            {
                continue;
            }

            if (chosen is null)
            {
                chosen = ReadFile(files, name, []);
                if (chosen is null)
                {
                    // ruff stops at a broken file rather than falling back to the next one.
                    return null;
                }
            }
            else
            {
                unused.Add(new ConfigSetting("ruff", $"not used: ruff reads {chosen.Origin.FileName} first", name == "pyproject.toml" ? "pyproject.toml [tool.ruff]" : name));
            }
        }

        return chosen;
    }

    private static RuffOptions? ReadFile(ConfigFiles files, string path, HashSet<string> visiting)
    {
        var toml = files.Toml(path);
        if (toml is null)
        {
            return null;
        }

        var isPyproject = Path.GetFileName(path) == "pyproject.toml";
        var top = isPyproject ? toml.Table("tool", "ruff") : toml.Table();
        if (top is null)
        {
            files.Problems.Add(toml.FileName, null, "has no [tool.ruff] table to extend; it is ignored.");
            return null;
        }

        var problems = files.Problems;
        var topLevel = new OptionReader(top, problems);
        var lintTable = top.SubTable("lint");
        var lint = lintTable is null ? null : new OptionReader(lintTable, problems);
        var pydocstyle = Readers(lintTable?.SubTable("pydocstyle"), top.SubTable("pydocstyle"), problems);
        foreach (var reader in pydocstyle)
        {
            foreach (var key in reader.Table.Keys.Where(key => !PydocstyleKeys.Contains(key)))
            {
                reader.TryGet(key, out var value);
                reader.Reject(key, value, "is not a ruff pydocstyle option (ruff refuses the configuration)");
            }
        }

        // The [tool.ruff.lint] placement wins over the deprecated top-level one, option by option.
        var lintFirst = lint is null ? [topLevel] : new[] { lint, topLevel };
        var options = new RuffOptions
        {
            Origin = top.Origin,
            Layers = [ReadLayer(lintFirst)],
            PerFileIgnores = First(lintFirst, (r, k) => r.StringListMap(k), "per-file-ignores"),
            ExtendPerFileIgnores = First(lintFirst, (r, k) => r.StringListMap(k), "extend-per-file-ignores") is { } extend ? [extend] : [],
            Convention = ReadConvention(pydocstyle, problems),
            IgnoreDecorators = First(pydocstyle, (r, k) => r.StringList(k), "ignore-decorators"),
            PropertyDecorators = First(pydocstyle, (r, k) => r.StringList(k), "property-decorators"),
            IgnoreVarParameters = First(pydocstyle, (r, k) => r.Bool(k), "ignore-var-parameters"),
            Exclude = topLevel.StringList("exclude"),
            ExtendExclude = topLevel.StringList("extend-exclude") is { } extendExclude ? [extendExclude] : [],
            LintExclude = lint?.StringList("exclude"),
            LineLength = topLevel.Number("line-length"),
        };

        return topLevel.String("extend") is { } baseOption ? Extend(files, options, baseOption, visiting, path) : options;
    }

    private static RuffOptions Extend(ConfigFiles files, RuffOptions options, SourcedOption<string> baseOption, HashSet<string> visiting, string path)
    {
        var basePath = Paths.LexicalPath.Absolute(baseOption.Value, options.Origin.Directory);
        if (!visiting.Add(Paths.LexicalPath.Absolute(path, files.Root)) || visiting.Contains(basePath))
        {
            files.Problems.Add(options.Origin, baseOption.Raw.Line, $"extend = {baseOption.Raw.Text} makes a cycle; the base is ignored.");
            return options;
        }

        if (!files.Exists(basePath))
        {
            files.Problems.Add(options.Origin, baseOption.Raw.Line, $"extend = {baseOption.Raw.Text} names a file that does not exist; the base is ignored.");
            return options;
        }

        return ReadFile(files, basePath, visiting) is { } baseOptions ? baseOptions.ExtendedBy(options) : options;
    }

    private static RuffSelectionLayer ReadLayer(IReadOnlyList<OptionReader> lintFirst)
    {
        var select = First(lintFirst, (r, k) => r.StringList(k), "select");
        var extendSelect = First(lintFirst, (r, k) => r.StringList(k), "extend-select");
        var ignore = First(lintFirst, (r, k) => r.StringList(k), "ignore");
        var extendIgnore = First(lintFirst, (r, k) => r.StringList(k), "extend-ignore");
        var problems = lintFirst[0].Problems;
        var selection = new RuleSelection(
            select is null ? null : Selectors(select, problems),
            Selectors(extendSelect, problems),
            [.. Selectors(ignore, problems), .. Selectors(extendIgnore, problems)]);
        return new RuffSelectionLayer(selection, [.. new[] { select, extendSelect, ignore, extendIgnore }.OfType<SourcedOption<IReadOnlyList<string>>>()]);
    }

    /// <summary>Parses ruff selectors; one that looks like a pydocstyle selector but names no rule is reported, as ruff refuses it.</summary>
    internal static IReadOnlyList<RuleSelector> Selectors(SourcedOption<IReadOnlyList<string>>? option, ProblemLog problems)
    {
        if (option is null)
        {
            return [];
        }

        var selectors = new List<RuleSelector>();
        foreach (var text in option.Value)
        {
            var selector = RuleSelector.Parse(text);
            if (selector is null || (selector.Letters == "D" && !selector.Expand(CodeRegistry.Ruff).Any()))
            {
                option.Report(problems, $"\"{text}\" is not a rule selector ruff knows; it is ignored.");
                continue;
            }

            selectors.Add(selector);
        }

        return selectors;
    }

    private static SourcedOption<Convention>? ReadConvention(IReadOnlyList<OptionReader> pydocstyle, ProblemLog problems)
    {
        if (First(pydocstyle, (reader, key) => reader.String(key), "convention") is not { } name)
        {
            return null;
        }

        if (ConventionCodes.Parse(name.Value) is { } convention)
        {
            return new SourcedOption<Convention>(name.Key, convention, name.Raw, name.Origin);
        }

        name.Reject(problems, "must be \"google\", \"numpy\" or \"pep257\"");
        return null;
    }

    private static IReadOnlyList<OptionReader> Readers(IOptionTable? preferred, IOptionTable? fallback, ProblemLog problems) =>
        [.. new[] { preferred, fallback }.OfType<IOptionTable>().Select(table => new OptionReader(table, problems))];

    private static SourcedOption<T>? First<T>(IReadOnlyList<OptionReader> readers, Func<OptionReader, string, SourcedOption<T>?> read, string key)
    {
        foreach (var reader in readers)
        {
            if (reader.Has(key))
            {
                return read(reader, key);
            }
        }

        return null;
    }
}
