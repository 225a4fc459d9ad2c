using System.Text;
using System.Text.RegularExpressions;

namespace ClawDev.Core.Configuration.Paths;

/// <summary>Python's <c>fnmatch.fnmatch</c> on POSIX, as interrogate matches excluded paths: <c>*</c> (also across '/'),
/// <c>?</c>, <c>[seq]</c> and <c>[!seq]</c>; an unclosed '[' is literal. Case-sensitive, whole-string.</summary>
internal sealed class FnmatchPattern
{
    /// <summary>Null for "literal*", the usual excluded-path prefix, which is compared as text.</summary>
    private readonly Regex? _regex;
    private readonly string _prefix = "";

    public FnmatchPattern(string pattern)
    {
        if (pattern.EndsWith('*') && pattern.AsSpan(0, pattern.Length - 1).IndexOfAny("*?[") < 0)
        {
            _prefix = pattern[..^1];
        }
        else
        {
            _regex = Compile(pattern);
        }
    }

    public bool IsMatch(string path) => _regex?.IsMatch(path) ?? path.StartsWith(_prefix, StringComparison.Ordinal);

    private static Regex Compile(string pattern)
    {
        try
        {
            // Linear in the path whatever the pattern.
            return new Regex(Translate(pattern), RegexOptions.CultureInvariant | RegexOptions.Singleline | PathPatternEngine.For(pattern));
        }
        catch (ArgumentException)
        {
            // A reversed range such as [z-a] matches nothing in Python.
            return new Regex("(?!)");
        }
    }

    /// <summary>A port of <c>fnmatch.translate</c>.</summary>
    private static string Translate(string pattern)
    {
        var regex = new StringBuilder(@"\A(?:");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*')
            {
                while (i + 1 < pattern.Length && pattern[i + 1] == '*')
                {
                    i++;
                }

                regex.Append(".*");
            }
            else if (c == '?')
            {
                regex.Append('.');
            }
            else if (c == '[' && ClassEnd(pattern, i + 1) is var end and >= 0)
            {
                AppendClass(pattern[(i + 1)..end], regex);
                i = end;
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return regex.Append(@")\z").ToString();
    }

    private static int ClassEnd(string pattern, int start)
    {
        var j = start;
        if (j < pattern.Length && pattern[j] == '!')
        {
            j++;
        }

        if (j < pattern.Length && pattern[j] == ']')
        {
            j++;
        }

        return pattern.IndexOf(']', j);
    }

    private static void AppendClass(string body, StringBuilder regex)
    {
        if (body.Length == 0)
        {
            regex.Append("(?!)");
            return;
        }

        if (body == "!")
        {
            regex.Append('.');
            return;
        }

        regex.Append('[');
        var start = 0;
        if (body[0] == '!')
        {
            regex.Append('^');
            start = 1;
        }

        for (var i = start; i < body.Length; i++)
        {
            var isRange = body[i] == '-' && i > start && i < body.Length - 1;
            regex.Append(isRange ? "-" : GlobPattern.EscapeInClass(body[i]));
        }

        regex.Append(']');
    }
}
