using ClawDev.Core.Configuration.Codes;
using ClawDev.Core.Configuration.Resolution;
using ClawDev.Core.Configuration.Sources;

namespace ClawDev.Core.Configuration.Tools.Ruff;

/// <summary>
/// What the repository's ruff keeps out of linting altogether, whatever rules it selects: its excludes, and the
/// per-file-ignores entries that turn off every rule (ALL) or every docstring rule (D). Code the maintainers do not
/// even lint is not where a documentation fix is welcome.
/// </summary>
internal static class RuffScopeExclusions
{
    public static List<IExclusion> Build(RuffOptions options, ProblemLog problems)
    {
        var exclusions = RuffProfile.Exclusions(options, problems);
        foreach (var option in new[] { options.PerFileIgnores }.OfType<SourcedOption<PatternCodes>>().Concat(options.ExtendPerFileIgnores))
        {
            foreach (var (pattern, selectors) in option.Value.Entries)
            {
                var everything = selectors.FirstOrDefault(selector => selector.Trim() is "ALL" or "D");
                if (everything is not null
                    && PerFileIgnore.Create(pattern, option.Origin.Directory, new HashSet<string>(CodeRegistry.Ruff.Codes), out _) is { } ignore)
                {
                    var what = everything.Trim() == "ALL" ? "every rule" : "every docstring rule";
                    exclusions.Add(new IgnoredEverywhere(ignore, $"{option.Origin.NameOf(option.Key)} turns off {what} for \"{pattern}\" in {option.Origin.FileName}"));
                }
            }
        }
        return exclusions;
    }

    private sealed class IgnoredEverywhere(PerFileIgnore ignore, string reason) : IExclusion
    {
        public string? Reason(FilePath file) => ignore.AppliesTo(file) ? reason : null;
    }
}
