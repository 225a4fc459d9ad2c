using System.Text.RegularExpressions;
using ClawDev.Core.Configuration.Codes;
using ClawDev.Core.Configuration.Paths;
using ClawDev.Core.Configuration.Resolution;
using ClawDev.Core.Configuration.Sources;

namespace ClawDev.Core.Configuration.Tools.Ruff;

/// <summary>Turns ruff's options into the D codes ruff would check, with ruff's own order of operations.</summary>
internal static class RuffProfile
{
    /// <summary>ruff's default excludes (crates/ruff_workspace/src/settings.rs, <c>EXCLUDE</c>), matched by name.</summary>
    private static readonly string[] DefaultExcludes =
    [
        ".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".ipynb_checkpoints", ".mypy_cache", ".nox", ".pants.d",
        ".pyenv", ".pytest_cache", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv", ".vscode", "__pypackages__", "_build",
        "buck-out", "dist", "node_modules", "site-packages", "venv",
    ];

    /// <summary>Decorators ruff treats as properties without configuration (<c>is_property</c>).</summary>
    private static readonly string[] BuiltinPropertyDecorators = ["property", "functools.cached_property", "abc.abstractproperty", "types.DynamicClassAttribute"];

    /// <summary>When ruff's rules for <c>ruff</c> are said to configure docstrings: a select, extend-select, ignore or
    /// extend-ignore names D codes (or ALL). A repo that only selects other linters uses something else for docstrings.</summary>
    public static bool DecidesDocstringRules(RuffOptions options) => SelectionsNamingDocstringCodes(options).Any();

    public static DocstringProfile Build(RuffOptions options, ProblemLog problems)
    {
        var (codes, selectedByCode) = RuleSelectionResolver.Resolve([], options.Layers.Select(layer => layer.Selection), CodeRegistry.Ruff);

        // ruff applies the convention after every selection, sparing codes selected by their full code.
        var convention = options.Convention?.Value ?? Convention.None;
        codes.ExceptWith(ConventionCodes.DisabledByRuff(convention).Where(code => !selectedByCode.Contains(code)));

        // ruff's INCOMPATIBLE_CODES: it keeps D211 over D203 and D212 over D213.
        foreach (var (preferred, expendable) in new[] { ("D211", "D203"), ("D212", "D213") })
        {
            if (codes.Contains(preferred))
            {
                codes.Remove(expendable);
            }
        }

        return new DocstringProfile
        {
            Tool = "ruff",
            DecidedBy = SelectionsNamingDocstringCodes(options).First().Origin.Label,
            Codes = codes,
            Convention = convention,
            IgnoreDecorators = options.IgnoreDecorators is { Value.Count: > 0 } ignore ? QualifiedNameRegex(ignore.Value) : null,
            PropertyDecorators = new HashSet<string>(BuiltinPropertyDecorators.Concat(options.PropertyDecorators?.Value ?? []).SelectMany(WrittenForms), StringComparer.Ordinal),
            IgnoreVarParameters = options.IgnoreVarParameters?.Value ?? false,
            PerFileIgnores = PerFileIgnores(options, problems),
            Exclusions = Exclusions(options, problems),
            Settings = Settings(options),
        };
    }

    private static IEnumerable<SourcedOption<IReadOnlyList<string>>> SelectionsNamingDocstringCodes(RuffOptions options) =>
        options.Layers.SelectMany(layer => layer.Options)
            .Where(option => option.Value.Any(text => RuleSelector.Parse(text)?.Expand(CodeRegistry.Ruff).Any() == true));

    private static List<PerFileIgnore> PerFileIgnores(RuffOptions options, ProblemLog problems)
    {
        var ignores = new List<PerFileIgnore>();
        foreach (var option in new[] { options.PerFileIgnores }.OfType<SourcedOption<PatternCodes>>().Concat(options.ExtendPerFileIgnores))
        {
            foreach (var (pattern, selectors) in option.Value.Entries)
            {
                var codes = RuffOptionsReader.Selectors(new SourcedOption<IReadOnlyList<string>>(option.Key, selectors, option.Raw, option.Origin), problems).SelectMany(s => s.Expand(CodeRegistry.Ruff)).ToHashSet(StringComparer.Ordinal);
                if (PerFileIgnore.Create(pattern, option.Origin.Directory, codes, out var error) is { } ignore)
                {
                    ignores.Add(ignore);
                }
                else
                {
                    option.Report(problems, $"{error}; the entry is ignored.");
                }
            }
        }

        return ignores;
    }

    internal static List<IExclusion> Exclusions(RuffOptions options, ProblemLog problems)
    {
        var exclusions = new List<IExclusion>();
        if (options.Exclude is { } exclude)
        {
            exclusions.AddRange(GlobExclusion.FromOption(exclude, problems));
        }
        else
        {
            exclusions.Add(new NameExclusion(DefaultExcludes, name => $"ruff's default exclude \"{name}\""));
        }

        foreach (var option in options.ExtendExclude.Concat(new[] { options.LintExclude }.OfType<SourcedOption<IReadOnlyList<string>>>()))
        {
            exclusions.AddRange(GlobExclusion.FromOption(option, problems));
        }

        return exclusions;
    }

    private static List<ConfigSetting> Settings(RuffOptions options)
    {
        var settings = options.Layers.SelectMany(layer => layer.Options).Select(option => option.ToSetting()).ToList();
        settings.AddRange(new[] { options.PerFileIgnores }.Concat(options.ExtendPerFileIgnores).OfType<SourcedOption<PatternCodes>>().Select(option => option.ToSetting()));
        settings.AddRange(new ConfigSetting?[]
        {
            options.Convention?.ToSetting(),
            options.IgnoreDecorators?.ToSetting(),
            options.PropertyDecorators?.ToSetting(),
            options.IgnoreVarParameters?.ToSetting(),
            options.Exclude?.ToSetting() ?? new ConfigSetting("exclude", string.Join(", ", DefaultExcludes), "ruff default"),
        }.OfType<ConfigSetting>());
        settings.AddRange(options.ExtendExclude.Concat(new[] { options.LintExclude }.OfType<SourcedOption<IReadOnlyList<string>>>()).Select(option => option.ToSetting()));
        return settings;
    }

    /// <summary>ruff resolves decorators to qualified names through imports; ClawDev sees them as written, so
    /// "typing.overload" also stands for "overload" (from typing import overload).</summary>
    private static IEnumerable<string> WrittenForms(string qualifiedName)
    {
        for (var dot = -1; ; dot = qualifiedName.IndexOf('.', dot + 1))
        {
            yield return qualifiedName[(dot + 1)..];
            if (qualifiedName.IndexOf('.', dot + 1) < 0)
            {
                yield break;
            }
        }
    }

    private static ConfigRegex QualifiedNameRegex(IReadOnlyList<string> names) => new(
        string.Join(", ", names),
        "^(?:" + string.Join('|', names.SelectMany(WrittenForms).Distinct().Select(Regex.Escape)) + ")$",
        RegexOptions.CultureInvariant,
        timeouts: null);
}
