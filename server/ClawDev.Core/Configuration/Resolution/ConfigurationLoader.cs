using ClawDev.Core.Configuration.Codes;
using ClawDev.Core.Configuration.Sources;
using ClawDev.Core.Configuration.Tools.ClawDev;
using ClawDev.Core.Configuration.Tools.Interrogate;
using ClawDev.Core.Configuration.Tools.Pydocstyle;
using ClawDev.Core.Configuration.Tools.Ruff;

namespace ClawDev.Core.Configuration.Resolution;

/// <summary>Reads every tool's configuration at a project root and picks the tool in charge of the D codes.</summary>
internal static class ConfigurationLoader
{
    public static LoadedConfiguration Load(string rootDirectory)
    {
        var problems = new ProblemLog();
        if (!Paths.LexicalPath.TryDirectory(rootDirectory, out var root))
        {
            problems.Add($"\"{rootDirectory}\"", null, "is not a directory path; ClawDev's defaults are used.");
            return new LoadedConfiguration(root, DefaultProfile, ClawDevOptions.None, null, [], problems.Problems, problems.PatternTimeouts);
        }

        var files = new ConfigFiles(root, problems);
        var unused = new List<ConfigSetting>();
        var ruff = RuffOptionsReader.Read(files, unused);
        var pydocstyle = PydocstyleOptionsReader.Read(files, unused);
        var interrogate = InterrogateOptionsReader.Read(files);
        var clawdev = ClawDevOptionsReader.Read(files);

        DocstringProfile profile;
        if (ruff is not null && RuffProfile.DecidesDocstringRules(ruff))
        {
            profile = RuffProfile.Build(ruff, problems);
            if (pydocstyle is not null)
            {
                unused.Add(new ConfigSetting("pydocstyle", "not used: ruff's rule selection decides the D codes", pydocstyle.Origin.Label));
            }
        }
        else
        {
            profile = pydocstyle is not null ? PydocstyleProfile.Build(pydocstyle, problems) : DefaultProfile;
            if (ruff is { Convention: not null } or { IgnoreDecorators: not null } or { PropertyDecorators: not null } or { IgnoreVarParameters: not null })
            {
                unused.Add(new ConfigSetting("ruff pydocstyle settings", "not used: ruff's rule selection names no D codes", ruff.Origin.Label));
            }
        }

        return new LoadedConfiguration(files.Root, profile, clawdev, interrogate, unused, problems.Problems, problems.PatternTimeouts);
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
