using System.Text.RegularExpressions;

namespace ClawDev.Core.Configuration.Paths;

/// <summary>Chooses the regular-expression engine for an anchored glob or fnmatch pattern.</summary>
internal static class PathPatternEngine
{
    /// <summary>
    /// One run of stars becomes one unbounded repetition, which the backtracking engine matches in time linear in the
    /// path; two or more make it polynomial, so those patterns get the non-backtracking engine. Its first use costs
    /// about 60 ms of start-up per process, too much to pay for a plain ".venv*".
    /// </summary>
    public static RegexOptions For(string pattern) => StarRuns(pattern) <= 1 ? RegexOptions.None : RegexOptions.NonBacktracking;

    private static int StarRuns(string pattern)
    {
        var runs = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '*' && (i == 0 || pattern[i - 1] != '*'))
            {
                runs++;
            }
        }
        return runs;
    }
}
