using ClawDev.Core.Configuration.Codes;
using ClawDev.Core.Configuration.Sources;
using ClawDev.Core.Configuration.Tools.ClawDev;
using ClawDev.Core.Configuration.Tools.Formatting;
using ClawDev.Core.Configuration.Tools.Interrogate;
using ClawDev.Core.Configuration.Tools.Pydocstyle;
using ClawDev.Core.Configuration.Tools.Ruff;
using ClawDev.Core.Library;

namespace ClawDev.Core.Configuration.Resolution;

/// <summary>Reads every tool's configuration at a project root, picks the tool in charge of the D codes and the
/// analysis profile that follows from it.</summary>
internal static class ConfigurationLoader
{
    private const string ClawDevTable = "pyproject.toml [tool.clawdev]";

    public static LoadedConfiguration Load(string rootDirectory)
    {
        var problems = new ProblemLog();
        if (!Paths.LexicalPath.TryDirectory(rootDirectory, out var root))
        {
            problems.Add($"\"{rootDirectory}\"", null, "is not a directory path; ClawDev's defaults are used.");
            return new LoadedConfiguration(root, DefaultProfile, ClawDevOptions.None, null, ChooseProfile(DefaultProfile, ClawDevOptions.None), LibraryScope.None(root), [], null, null, [], problems.Problems, problems.PatternTimeouts);
        }

        var files = new ConfigFiles(root, problems);
        var unused = new List<ConfigSetting>();
        var ruff = RuffOptionsReader.Read(files, unused);
        var pydocstyle = PydocstyleOptionsReader.Read(files, unused);
        var interrogate = InterrogateOptionsReader.Read(files);
        var clawdev = ClawDevOptionsReader.Read(files);
        var tools = new List<ToolUse>();

        DocstringProfile profile;
        var ruffDecides = ruff is not null && RuffProfile.DecidesDocstringRules(ruff);
        if (ruff is not null)
        {
            tools.Add(new ToolUse("ruff", ruff.Origin.Label, ruffDecides ? "selects D codes → decides the docstring rules" : "selects no D codes → not used for docstrings"));
        }
        if (ruffDecides)
        {
            profile = RuffProfile.Build(ruff!, problems);
        }
        else
        {
            profile = pydocstyle is not null ? PydocstyleProfile.Build(pydocstyle, problems) : DefaultProfile;
            if (ruff is { Convention: not null } or { IgnoreDecorators: not null } or { PropertyDecorators: not null } or { IgnoreVarParameters: not null })
            {
                unused.Add(new ConfigSetting("ruff pydocstyle settings", "not used: ruff's rule selection names no D codes", ruff.Origin.Label));
            }
        }
        if (pydocstyle is not null)
        {
            tools.Add(new ToolUse("pydocstyle", pydocstyle.Origin.Label, ruffDecides ? "not used: ruff's rule selection decides the D codes" : "decides the docstring rules"));
        }
        if (interrogate is not null)
        {
            tools.Add(new ToolUse("interrogate", interrogate.Origin.Label, "decides what counts towards coverage"));
        }
        if (clawdev.Settings.Count > 0)
        {
            tools.Add(new ToolUse("clawdev", ClawDevTable, "ClawDev's own settings, applied last"));
        }

        // When ruff decides, building its profile already reported any problem with its excludes.
        var ruffExclusions = ruff is null ? [] : RuffScopeExclusions.Build(ruff, ruffDecides ? new ProblemLog() : problems);
        var scope = LibraryScope.Detect(files, ruffExclusions);
        var docBuilderStyle = DocBuilderStyleReader.Read(files);
        if (docBuilderStyle is not null)
        {
            tools.Add(new ToolUse("doc-builder", docBuilderStyle.Source, "fills docstring paragraphs to the line length; drafts are filled so"));
        }
        // doc-builder's width is the docstrings' own; the formatter's is the code's (read all the same, for its problems).
        var formatterLineLength = LineLengthReader.Read(files, ruff);
        var lineLength = docBuilderStyle?.MaxLength ?? formatterLineLength;
        return new LoadedConfiguration(files.Root, profile, clawdev, interrogate, ChooseProfile(profile, clawdev), scope, tools, lineLength, docBuilderStyle, unused, problems.Problems, problems.PatternTimeouts);
    }

    /// <summary>[tool.clawdev] profile when given; else the pydocstyle profile where a tool decides the D codes, the
    /// contribution profile where none does.</summary>
    private static ProfileChoice ChooseProfile(DocstringProfile rules, ClawDevOptions clawdev)
    {
        if (clawdev.Profile is { } chosen)
        {
            return new ProfileChoice(chosen.Value, "chosen in [tool.clawdev]", chosen.Origin.Label);
        }
        return rules.Tool == DefaultProfile.Tool
            ? new ProfileChoice(AnalysisProfile.Contribution, "no tool configures docstring rules", "default")
            : new ProfileChoice(AnalysisProfile.Pydocstyle, $"{rules.Tool} configures the docstring rules", rules.DecidedBy);
    }

    /// <summary>ClawDev's own choice when no tool's configuration speaks about the D codes.</summary>
    private static DocstringProfile DefaultProfile { get; } = new()
    {
        Tool = "ClawDev defaults",
        DecidedBy = "default",
        Codes = CodeRegistry.DefaultDocstringCodes.ToHashSet(StringComparer.Ordinal),
        Settings = [new ConfigSetting("select", CodeListText.Format(CodeRegistry.DefaultDocstringCodes), "default")],
    };
}
