using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace ClawDev.Core.Configuration.Paths;

/// <summary>A glob with the meaning of Rust's <c>globset</c> as ruff builds it (<c>Glob::new</c>): <c>*</c> and <c>?</c>
/// also match '/', <c>**</c> as a whole path component matches any number of directories, <c>[...]</c> and
/// <c>[!...]</c> are character classes, <c>{a,b}</c> are alternatives and a backslash escapes. Case-sensitive.</summary>
internal sealed class GlobPattern
{
    private static readonly char[] Metacharacters = ['*', '?', '[', '{', '\\'];

    /// <summary>Null for a glob that is text with at most one '*' at its start or end, which is compared as text: most
    /// excludes are plain names or ".venv*", and compiling even one pattern costs a scan a few ms of start-up.</summary>
    private readonly Regex? _regex;
    private readonly string _literal;
    private readonly TextMatch _match;

    private GlobPattern(string literal, TextMatch match, Regex? regex)
    {
        _literal = literal;
        _match = match;
        _regex = regex;
    }

    private enum TextMatch
    {
        Whole,
        Prefix,
        Suffix,
    }

    public bool IsMatch(ReadOnlySpan<char> path) => _regex is not null ? MatchesRegex(path) : _match switch
    {
        TextMatch.Prefix => path.StartsWith(_literal, StringComparison.Ordinal),
        TextMatch.Suffix => path.EndsWith(_literal, StringComparison.Ordinal),
        _ => path.SequenceEqual(_literal),
    };

    // The regex engine's assembly is loaded when a method that calls it first runs, not when the call is made: the
    // calls sit in methods of their own, so that a scan whose globs are all text never loads it (it holds two of the
    // process's first 64 file descriptors, and the 65th makes the kernel wait for a whole RCU grace period, 10-20 ms).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool MatchesRegex(ReadOnlySpan<char> path) => _regex!.IsMatch(path);

    /// <summary>Compiles <paramref name="glob"/>; on a malformed glob returns null and says why, as globset would refuse it.</summary>
    public static GlobPattern? Create(string glob, out string? error)
    {
        // '*' matches any text, '/' included, so one star at an end is a prefix or suffix test.
        if (glob.IndexOfAny(Metacharacters) < 0)
        {
            error = null;
            return new GlobPattern(glob, TextMatch.Whole, null);
        }
        if (glob.Length > 1 && glob.IndexOfAny(Metacharacters, 0, glob.Length - 1) < 0 && glob[^1] == '*')
        {
            error = null;
            return new GlobPattern(glob[..^1], TextMatch.Prefix, null);
        }
        if (glob.Length > 1 && glob.IndexOfAny(Metacharacters, 1) < 0 && glob[0] == '*')
        {
            error = null;
            return new GlobPattern(glob[1..], TextMatch.Suffix, null);
        }

        return Compiled(glob, out error);
    }

    /// <summary>The glob as a regular expression (see <see cref="MatchesRegex"/> for why this is a method of its own).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static GlobPattern? Compiled(string glob, out string? error)
    {
        var regex = new StringBuilder("^");
        error = Translate(glob, regex, insideAlternative: false) is { } reason ? $"{reason} in '{glob}'" : null;
        if (error is not null)
        {
            return null;
        }

        // Linear in the path whatever the glob.
        return new GlobPattern("", TextMatch.Whole, new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | PathPatternEngine.For(glob)));
    }

    private static string? Translate(string glob, StringBuilder regex, bool insideAlternative)
    {
        if (glob == "**")
        {
            regex.Append(".*");
            return null;
        }

        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    i = TranslateDoubleStar(glob, i, regex);
                    break;
                case '*':
                    regex.Append(".*");
                    break;
                case '?':
                    regex.Append('.');
                    break;
                case '[':
                    var close = FindClassEnd(glob, i);
                    if (close < 0)
                    {
                        return "unclosed character class";
                    }

                    AppendClass(glob[(i + 1)..close], regex);
                    i = close;
                    break;
                case '{':
                    if (insideAlternative)
                    {
                        return "nested alternatives are not allowed";
                    }

                    var end = glob.IndexOf('}', i + 1);
                    if (end < 0)
                    {
                        return "unclosed alternative";
                    }

                    regex.Append("(?:");
                    var first = true;
                    foreach (var alternative in glob[(i + 1)..end].Split(','))
                    {
                        regex.Append(first ? "" : "|");
                        first = false;
                        if (Translate(alternative, regex, insideAlternative: true) is { } inner)
                        {
                            return inner;
                        }
                    }

                    regex.Append(')');
                    i = end;
                    break;
                case '\\':
                    if (i + 1 >= glob.Length)
                    {
                        return "dangling escape";
                    }

                    regex.Append(Regex.Escape(glob[++i].ToString()));
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return null;
    }

    /// <summary>"**/" at the start, "/**" at the end and "/**/" inside match across directories; elsewhere "**" is "*".</summary>
    private static int TranslateDoubleStar(string glob, int start, StringBuilder regex)
    {
        var afterStars = start + 2;
        var atComponentStart = start == 0 || glob[start - 1] == '/';
        var atComponentEnd = afterStars == glob.Length || glob[afterStars] == '/';
        if (!atComponentStart || !atComponentEnd)
        {
            regex.Append(".*");
            return afterStars - 1;
        }

        if (start == 0)
        {
            regex.Append("(?:/?|.*/)");
            return afterStars; // the '/' after "**" is part of the prefix
        }

        // Drop the escaped '/' already written before "**".
        regex.Length -= 1;
        if (afterStars == glob.Length)
        {
            regex.Append("/.*");
            return afterStars - 1;
        }

        regex.Append("(?:/|/.*/)");
        return afterStars;
    }

    private static int FindClassEnd(string glob, int open)
    {
        var i = open + 1;
        if (i < glob.Length && glob[i] is '!' or '^')
        {
            i++;
        }

        if (i < glob.Length && glob[i] == ']')
        {
            i++;
        }

        return glob.IndexOf(']', i);
    }

    private static void AppendClass(string body, StringBuilder regex)
    {
        regex.Append('[');
        var start = 0;
        if (body.Length > 0 && body[0] is '!' or '^')
        {
            regex.Append('^');
            start = 1;
        }

        for (var i = start; i < body.Length; i++)
        {
            var isRange = body[i] == '-' && i > start && i < body.Length - 1;
            regex.Append(isRange ? "-" : EscapeInClass(body[i]));
        }

        regex.Append(']');
    }

    internal static string EscapeInClass(char c) => c is '\\' or ']' or '[' or '^' or '-' ? "\\" + c : c.ToString();
}
