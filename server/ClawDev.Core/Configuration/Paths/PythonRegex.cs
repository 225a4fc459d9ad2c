using System.Text.RegularExpressions;

namespace ClawDev.Core.Configuration.Paths;

/// <summary>Compiles a Python <c>re</c> pattern from a configuration file as a .NET regex with the same meaning for
/// the patterns people write there: named groups <c>(?P&lt;n&gt;…)</c> and back-references <c>(?P=n)</c> are
/// rewritten, and Python's <c>\Z</c> (end of text) becomes .NET's <c>\z</c>.</summary>
internal static class PythonRegex
{
    /// <param name="template">How to wrap the translated pattern, e.g. <c>"\A(?:{0})"</c> for <c>re.match</c>.</param>
    /// <param name="timeouts">Where the pattern reports running out of time.</param>
    public static ConfigRegex? Compile(string pattern, string template, PatternTimeouts timeouts, out string? error)
    {
        var translated = pattern
            .Replace("(?P<", "(?<", StringComparison.Ordinal)
            .Replace(@"\Z", @"\z", StringComparison.Ordinal);
        translated = Regex.Replace(translated, @"\(\?P=(\w+)\)", @"\k<$1>");
        try
        {
            error = null;
            return new ConfigRegex(pattern, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, translated), RegexOptions.CultureInvariant, timeouts);
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return null;
        }
    }
}
