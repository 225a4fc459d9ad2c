using System.Collections.Concurrent;
using System.Globalization;
using ClawDev.Core.Configuration.Codes;
using ClawDev.Core.Configuration.Resolution;
using ClawDev.Core.Configuration.Tools.ClawDev;
using ClawDev.Core.Library;

namespace ClawDev.Core.Configuration;

/// <summary>One active setting and the file (and table/section) it came from, for `clawdev config` and the scan header.</summary>
/// <param name="Key">e.g. "convention", "select", "ignore-decorators", "fail-under".</param>
/// <param name="Value">The value as the user wrote it, rendered as text.</param>
/// <param name="Source">Where it came from, e.g. "pyproject.toml [tool.ruff.lint.pydocstyle]", or "default".</param>
public sealed record ConfigSetting(string Key, string Value, string Source);

/// <summary>A repository's documentation-rule configuration, read from the files its own tooling reads.</summary>
/// <remarks>
/// <para>Which tool decides the D codes (one tool decides; the others' code selections are listed as not used):</para>
/// <list type="number">
/// <item><b>ruff</b>, when its configuration (.ruff.toml, else ruff.toml, else pyproject.toml [tool.ruff], as ruff
/// looks them up) has a select, extend-select, ignore or extend-ignore naming D codes or ALL. Its result is exactly
/// ruff's: selections resolved by specificity, then the convention's codes removed unless selected by full code,
/// then D203/D213 dropped next to D211/D212; per-file-ignores and exclude/extend-exclude apply.</item>
/// <item>else <b>pydocstyle</b>, when one of its files has a [pydocstyle] section (setup.cfg, tox.ini, .pydocstyle,
/// .pydocstyle.ini, .pydocstylerc, .pydocstylerc.ini, pyproject.toml [tool.pydocstyle], .pep257 — the first wins):
/// select, ignore or convention (pep257 by default), then add-select and add-ignore; match and match-dir exclude files.</item>
/// <item>else <b>ClawDev's defaults</b>: its pydocstyle rules that are on by default (<see cref="CodeRegistry.DefaultDocstringCodes"/>).</item>
/// </list>
/// <para>ruff and pydocstyle speak about D codes only: ClawDev's own codes are on where their descriptors say, unless
/// [tool.clawdev] or the command line turns them off. [tool.clawdev] select/extend-select/ignore then apply over D and CD codes with ruff's
/// semantics (select replaces, more specific selectors win), and the command line's --select/--ignore after that;
/// neither re-applies a convention. Per-file-ignores (ruff's when ruff decides, and [tool.clawdev]'s) apply last, per
/// file. fail-under comes from the command line, else [tool.clawdev], else interrogate
/// (80 when interrogate is configured without it). Files are excluded by [tool.clawdev] exclude, interrogate's
/// exclude, and the deciding tool's own file filters, in that order.</para>
/// </remarks>
public sealed class ProjectConfiguration
{
    /// <summary>Files larger than this are skipped unless [tool.clawdev] max-file-size says otherwise.</summary>
    public const long DefaultMaxFileSize = 5 * 1024 * 1024;

    private const string CommandLine = "command line";

    private readonly LoadedConfiguration _loaded;
    private readonly FileSettings _base;
    private readonly IReadOnlyList<PerFileIgnore> _perFileIgnores;
    private readonly IReadOnlyList<IExclusion> _exclusions;

    /// <summary>Settings for files with per-file ignores, keyed by the codes turned off: many files share one.</summary>
    private readonly ConcurrentDictionary<string, FileSettings> _withIgnores = new(StringComparer.Ordinal);

    private ProjectConfiguration(LoadedConfiguration loaded, CommandLineOverrides overrides)
    {
        _loaded = loaded;
        var clawdev = loaded.ClawDev;
        var profile = loaded.Profile;
        Profile = overrides.Profile is { } profileOverride
            ? new ProfileChoice(profileOverride, "chosen on the command line", CommandLine)
            : loaded.Choice;
        var layers = new[] { clawdev.Selection, overrides.Selection }.OfType<RuleSelection>();
        var (enabled, _) = RuleSelectionResolver.Resolve(profile.Codes.Concat(CodeRegistry.OwnDefaultCodes(Profile.Profile)), layers, CodeRegistry.ClawDev);
        var failUnder = overrides.FailUnder ?? clawdev.FailUnder ?? loaded.Interrogate?.Coverage.FailUnder;
        Tools = loaded.Tools;

        _base = new FileSettings
        {
            // A plain HashSet: freezing a dozen codes gains nothing on a few lookups per file, and building a FrozenSet
            // (choosing and loading its specialised implementation) cost every start a few milliseconds.
            EnabledCodes = new HashSet<string>(enabled, StringComparer.Ordinal),
            Convention = profile.Convention,
            Linter = profile.Tool == "ruff" ? DocstringLinter.Ruff : DocstringLinter.Pydocstyle,
            IgnoreDecorators = profile.IgnoreDecorators,
            IgnoreVarParameters = profile.IgnoreVarParameters,
            IgnoreSelfOnlyInit = profile.IgnoreSelfOnlyInit,
            Parameters = clawdev.Parameters,
            Coverage = (loaded.Interrogate?.Coverage ?? new CoverageOptions()) with { FailUnder = failUnder },
            Style = clawdev.Style,
            UseFullDunderAll = clawdev.UseFullDunderAll,
            D417IncludesSphinx = clawdev.D417IncludesSphinx,
            Profile = Profile.Profile,
            LineLength = loaded.LineLength?.Columns,
            FillsDocstringParagraphs = loaded.DocBuilderStyle is not null,
        };
        if (profile.PropertyDecorators is { } propertyDecorators)
        {
            _base = _base with { PropertyDecorators = propertyDecorators };
        }

        _perFileIgnores = [.. profile.PerFileIgnores, .. clawdev.PerFileIgnores];
        _exclusions = [.. overrides.Exclusions, .. clawdev.Exclusions, .. loaded.Interrogate?.Exclusions ?? [], .. profile.Exclusions];
        MaxFileSize = clawdev.MaxFileSize ?? DefaultMaxFileSize;
        Settings = ListSettings(loaded, overrides, enabled);
        Problems = [.. loaded.Problems, .. overrides.Problems];
    }

    /// <summary>Reads pyproject.toml, ruff.toml, .ruff.toml, setup.cfg, tox.ini, .pydocstyle(.ini), .pydocstylerc(.ini)
    /// and .pep257 at <paramref name="rootDirectory"/>. Never throws for bad content: problems are reported in
    /// <see cref="Problems"/> and defaults are used for what could not be read.</summary>
    public static ProjectConfiguration Load(string rootDirectory) =>
        new(ConfigurationLoader.Load(rootDirectory), CommandLineOverrides.None);

    /// <summary>This configuration with the command line's <c>--select</c>, <c>--ignore</c> and <c>--fail-under</c>
    /// applied on top (recorded with source "command line"). Unknown codes are reported in <see cref="Problems"/>.</summary>
    /// <param name="select">Replaces the enabled codes (ruff semantics, D and CD codes), or null to keep them.</param>
    /// <param name="ignore">Codes or prefixes to turn off, or null.</param>
    /// <param name="failUnder">Coverage threshold in percent, or null to keep the configured one.</param>
    /// <param name="profile">The analysis profile to use whatever the files say, or null to keep theirs.</param>
    /// <returns>This configuration itself when nothing is overridden (a scan without options builds it once).</returns>
    public ProjectConfiguration WithOverrides(IReadOnlyList<string>? select, IReadOnlyList<string>? ignore, double? failUnder, AnalysisProfile? profile = null, IReadOnlyList<string>? exclude = null) =>
        select is null && ignore is null && failUnder is null && profile is null && exclude is null
            ? this
            : new(_loaded, CommandLineOverrides.Create(select, ignore, failUnder, profile, exclude, _loaded.Root));

    /// <summary>Settings for one file; <paramref name="relativePath"/> uses '/' separators, relative to the root.</summary>
    public FileSettings ForFile(string relativePath)
    {
        if (_perFileIgnores.Count == 0)
        {
            return _base;
        }

        var file = FilePath.Under(_loaded.Root, relativePath);
        SortedSet<string>? ignored = null;
        foreach (var ignore in _perFileIgnores)
        {
            if (ignore.AppliesTo(file))
            {
                (ignored ??= new SortedSet<string>(StringComparer.Ordinal)).UnionWith(ignore.Codes.Where(_base.EnabledCodes.Contains));
            }
        }

        return ignored is not { Count: > 0 }
            ? _base
            : _withIgnores.GetOrAdd(string.Join(',', ignored), _ => _base with { EnabledCodes = new HashSet<string>(_base.EnabledCodes.Except(ignored), StringComparer.Ordinal) });
    }

    /// <summary>Why this file is left out, and in which category: the configured excludes (--exclude, [tool.clawdev]
    /// exclude, interrogate exclude, and the deciding tool's filters: ruff exclude/extend-exclude, pydocstyle
    /// match/match-dir), and in the contribution profile everything that is not library code
    /// (<see cref="LibraryScope.OutOfScope"/>). Null when the file is analysed. Same path form as <see cref="ForFile"/>.</summary>
    public (ExclusionCategory Category, string Reason)? Exclusion(string relativePath)
    {
        var file = FilePath.Under(_loaded.Root, relativePath);
        foreach (var exclusion in _exclusions)
        {
            if (exclusion.Reason(file) is { } reason)
            {
                return (ExclusionCategory.Configuration, reason);
            }
        }

        return Profile.Profile == AnalysisProfile.Contribution ? Scope.OutOfScope(file.Relative) : null;
    }

    /// <summary>Why a file whose path is in scope is left out for its content: in the contribution profile, a
    /// generated file (<see cref="GeneratedFile"/>). Null when it is analysed.</summary>
    public (ExclusionCategory Category, string Reason)? ContentExclusion(string relativePath, string text) =>
        Profile.Profile == AnalysisProfile.Contribution && GeneratedFile.Reason(relativePath, text) is { } generated
            ? (ExclusionCategory.Generated, generated)
            : null;

    /// <summary>The library's packages, and what every other file is.</summary>
    public LibraryScope Scope => _loaded.Scope;

    /// <summary>The dotted name the file is imported as (see <see cref="LibraryScope.ModuleName"/>).</summary>
    public string ModuleName(string relativePath) => Scope.ModuleName(FilePath.Normalized(relativePath));

    /// <summary>Whether the file is a module of the library (<see cref="LibraryScope.OutOfScope"/>), in either profile.
    /// Only these make the project facts: tests, examples and scripts are never exported, rendered or copied from, and
    /// their outlines cost a pydocstyle-profile scan of a large tree a fifth of its time.</summary>
    public bool IsLibraryModule(string relativePath) => Scope.Contains(FilePath.Normalized(relativePath));

    /// <summary>The tool whose configuration decides the D codes: "ruff", "pydocstyle" or "ClawDev defaults".</summary>
    public string DocstringRulesFrom => _loaded.Profile.Tool;

    /// <summary>The analysis profile in force and why.</summary>
    public ProfileChoice Profile { get; }

    /// <summary>Every documentation tool the repository configures, and whether it decides.</summary>
    public IReadOnlyList<ToolUse> Tools { get; }

    /// <summary>Files larger than this many bytes are skipped with a note.</summary>
    public long MaxFileSize { get; }

    /// <summary>Every active setting with its origin.</summary>
    public IReadOnlyList<ConfigSetting> Settings { get; init; } = [];

    /// <summary>Configuration problems (unreadable TOML, unknown convention...), each a sentence for the user.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The configuration's regular expressions that ran out of time on some name while files were checked
    /// (each then counts as not matching); grows while the configuration is in use.</summary>
    public IReadOnlyList<string> PatternTimeouts => _loaded.PatternTimeouts.Messages;

    private static List<ConfigSetting> ListSettings(LoadedConfiguration loaded, CommandLineOverrides overrides, IEnumerable<string> enabled)
    {
        var clawdev = loaded.ClawDev;
        var failUnderOverridden = overrides.FailUnder is not null || clawdev.FailUnder is not null;
        var settings = new List<ConfigSetting> { new("docstring-rules", loaded.Profile.Tool, loaded.Profile.DecidedBy) };
        settings.AddRange(loaded.Profile.Settings);
        settings.AddRange((loaded.Interrogate?.Settings ?? []).Where(setting => !(failUnderOverridden && setting.Key.Replace('_', '-') == "fail-under")));
        settings.AddRange(clawdev.Settings.Where(setting => !(overrides.FailUnder is not null && setting.Key == "fail-under")));
        settings.AddRange(overrides.Settings);
        if (clawdev.MaxFileSize is null)
        {
            settings.Add(new ConfigSetting("max-file-size", DefaultMaxFileSize.ToString(CultureInfo.InvariantCulture), "default"));
        }

        if (loaded.LineLength is { } lineLength)
        {
            settings.Add(lineLength.Setting);
        }
        settings.Add(new ConfigSetting("enabled", CodeListText.Format(enabled), "resolved"));
        settings.AddRange(loaded.Unused);
        return settings;
    }

    /// <summary>The command line's --select/--ignore/--fail-under/--profile/--exclude.</summary>
    private sealed record CommandLineOverrides(RuleSelection? Selection, double? FailUnder, AnalysisProfile? Profile, IReadOnlyList<ConfigSetting> Settings, IReadOnlyList<string> Problems)
    {
        public static CommandLineOverrides None { get; } = new(null, null, null, [], []);

        /// <summary>--exclude patterns, with ruff's meaning, relative to the root.</summary>
        public IReadOnlyList<IExclusion> Exclusions { get; init; } = [];

        public static CommandLineOverrides Create(IReadOnlyList<string>? select, IReadOnlyList<string>? ignore, double? failUnder, AnalysisProfile? profile, IReadOnlyList<string>? exclude, string root)
        {
            var problems = new List<string>();
            IReadOnlyList<RuleSelector> Parse(IReadOnlyList<string> codes, string option) =>
                ClawDevOptionsReader.Selectors(codes, text => problems.Add($"{CommandLine}: {option} \"{text}\" names no rule ClawDev knows ({CodeRegistry.SelectableText} or ALL); it is ignored."));

            var selection = select is null && ignore is null
                ? null
                : new RuleSelection(select is null ? null : Parse(select, "--select"), [], ignore is null ? [] : Parse(ignore, "--ignore"));
            var settings = new List<ConfigSetting>();
            if (select is not null)
            {
                settings.Add(new ConfigSetting("select", string.Join(',', select), CommandLine));
            }

            if (ignore is not null)
            {
                settings.Add(new ConfigSetting("ignore", string.Join(',', ignore), CommandLine));
            }

            if (failUnder is { } threshold)
            {
                settings.Add(new ConfigSetting("fail-under", threshold.ToString(CultureInfo.InvariantCulture), CommandLine));
            }

            if (profile is { } chosen)
            {
                settings.Add(new ConfigSetting("profile", ProfileChoice.NameOf(chosen), CommandLine));
            }

            var exclusions = new List<IExclusion>();
            foreach (var pattern in exclude ?? [])
            {
                if (GlobExclusion.Create(pattern, root, $"--exclude \"{pattern}\" on the command line", out var error) is { } exclusion)
                {
                    exclusions.Add(exclusion);
                }
                else
                {
                    problems.Add($"{CommandLine}: --exclude \"{pattern}\": {error}; it is ignored.");
                }
            }

            if (exclude is { Count: > 0 })
            {
                settings.Add(new ConfigSetting("exclude", string.Join(',', exclude), CommandLine));
            }

            return new CommandLineOverrides(selection, failUnder, profile, settings, problems) { Exclusions = exclusions };
        }
    }
}
