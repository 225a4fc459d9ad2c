using ClawDev.Core.Configuration.Paths;
using ClawDev.Core.Configuration.Resolution;
using ClawDev.Core.Configuration.Sources;

namespace ClawDev.Core.Configuration.Tools.Pydocstyle;

/// <summary>pydocstyle checks only files whose name matches <c>match</c>, in directories (below the root) whose
/// names all match <c>match-dir</c>.</summary>
internal sealed class PydocstyleMatchExclusion(SourcedOption<ConfigRegex> match, SourcedOption<ConfigRegex> matchDir, bool matchIsDefault, bool matchDirIsDefault) : IExclusion
{
    public string? Reason(FilePath file)
    {
        var walk = file.FromRoot();
        while (walk.MoveNext() && !walk.AtFile)
        {
            var name = walk.Current.Name;
            if (!matchDir.Value.IsMatch(name.ToString()))
            {
                return $"excluded by {Describe(matchDir, matchDirIsDefault)} (the directory name \"{name}\" does not match)";
            }
        }

        return match.Value.IsMatch(file.FileName) ? null : $"excluded by {Describe(match, matchIsDefault)} (the file name does not match)";
    }

    private static string Describe(SourcedOption<ConfigRegex> option, bool isDefault) =>
        isDefault ? $"pydocstyle's default {option.Key} = {option.Raw.Text}" : option.Describe();
}
