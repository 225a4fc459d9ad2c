namespace ClawDev.Core.Library.Packaging;

/// <summary>
/// The package keywords of a setup.py read as text, never run: <c>package_dir={"": "src"}</c>,
/// <c>packages=find_packages(…)</c> or <c>packages=[…]</c>, <c>py_modules=[…]</c>. Read by hand, not by regular
/// expressions: a setup.py is the only text of a scan that needed the regex engine, whose start-up cost a scan of
/// huggingface_hub about 9 ms. Linear: every search moves forward through the text, and a closing bracket not found
/// once is not looked for again.
/// </summary>
internal static class SetupPyText
{
    private const string FindPackages = "find_packages";
    private const string FindNamespacePackages = "find_namespace_packages";

    /// <summary>A <c>find_packages(…)</c> call: whether it finds namespace packages, and its argument text.</summary>
    public readonly record struct FindCall(bool Namespaces, string Arguments);

    /// <summary>The string pairs of the first <c>package_dir = {…}</c> (none without one).</summary>
    public static Dictionary<string, string> PackageDir(string text)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Bracketed(text, "package_dir", '{', '}') is not { } body)
        {
            return pairs;
        }
        var at = 0;
        while (QuotedAt(body, NextQuote(body, at), allowEmpty: true) is var (key, afterKey) && afterKey > 0)
        {
            var colon = SkipSpaces(body, afterKey);
            if (colon < body.Length && body[colon] == ':' && QuotedAt(body, SkipSpaces(body, colon + 1), allowEmpty: true) is var (value, afterValue) && afterValue > 0)
            {
                pairs[key] = value;
                at = afterValue;
            }
            else
            {
                // Not a pair: the closing quote may open the next string.
                at = afterKey - 1;
            }
        }
        return pairs;
    }

    /// <summary>The first <c>packages = [setuptools.]find_packages(…)</c> or <c>find_namespace_packages(…)</c>, its
    /// arguments allowing one level of parentheses inside; null without one.</summary>
    public static FindCall? Find(string text)
    {
        foreach (var value in KeywordValues(text, "packages"))
        {
            var at = value;
            if (string.CompareOrdinal(text, at, "setuptools.", 0, "setuptools.".Length) == 0)
            {
                at += "setuptools.".Length;
            }
            var namespaces = string.CompareOrdinal(text, at, FindNamespacePackages, 0, FindNamespacePackages.Length) == 0;
            var callee = namespaces ? FindNamespacePackages : FindPackages;
            if (!namespaces && string.CompareOrdinal(text, at, FindPackages, 0, FindPackages.Length) != 0)
            {
                continue;
            }
            var open = SkipSpaces(text, at + callee.Length);
            if (open < text.Length && text[open] == '(' && Arguments(text, open + 1) is { } close)
            {
                return new FindCall(namespaces, text[(open + 1)..close]);
            }
        }
        return null;
    }

    /// <summary>The quoted strings of the first <c>keyword = [ … ]</c> (<c>packages</c>, <c>py_modules</c>); null without one.</summary>
    public static List<string>? List(string text, string keyword) =>
        Bracketed(text, keyword, '[', ']') is { } body ? QuotedStrings(body) : null;

    /// <summary>A find call's <c>where="src"</c>, else its first argument when that is a string; null otherwise.</summary>
    public static string? Where(string arguments)
    {
        foreach (var value in KeywordValues(arguments, "where"))
        {
            if (QuotedAt(arguments, value, allowEmpty: true) is var (where, end) && end > 0)
            {
                return where;
            }
        }
        return QuotedAt(arguments, SkipSpaces(arguments, 0), allowEmpty: true) is var (first, after) && after > 0 ? first : null;
    }

    /// <summary>The strings of a find call's first <c>include=</c> or <c>exclude=</c> list, tuple or set (empty without one).</summary>
    public static List<string> ListArgument(string arguments, string keyword)
    {
        foreach (var value in KeywordValues(arguments, keyword))
        {
            if (value < arguments.Length && arguments[value] is '[' or '(' or '{')
            {
                var close = arguments.AsSpan(value + 1).IndexOfAny("])}");
                // No closing bracket after this one: none after a later one either.
                return close >= 0 ? QuotedStrings(arguments.Substring(value + 1, close)) : [];
            }
        }
        return [];
    }

    /// <summary>The text inside the brackets of the first <c>keyword = open … close</c> (no nested closing bracket).</summary>
    private static string? Bracketed(string text, string keyword, char open, char close)
    {
        foreach (var value in KeywordValues(text, keyword))
        {
            if (value < text.Length && text[value] == open)
            {
                var end = text.IndexOf(close, value + 1);
                // No closing bracket after this one: none after a later one either.
                return end >= 0 ? text[(value + 1)..end] : null;
            }
        }
        return null;
    }

    /// <summary>Where the value starts after each <c>keyword = </c> (the keyword a whole word), in text order.</summary>
    private static IEnumerable<int> KeywordValues(string text, string keyword)
    {
        for (var at = text.IndexOf(keyword, StringComparison.Ordinal); at >= 0; at = text.IndexOf(keyword, at + 1, StringComparison.Ordinal))
        {
            var end = at + keyword.Length;
            if ((at > 0 && IsWordCharacter(text[at - 1])) || (end < text.Length && IsWordCharacter(text[end])))
            {
                continue;
            }
            var equals = SkipSpaces(text, end);
            if (equals < text.Length && text[equals] == '=' && (equals + 1 >= text.Length || text[equals + 1] != '='))
            {
                yield return SkipSpaces(text, equals + 1);
            }
        }
    }

    /// <summary>The index of the ')' closing a call's arguments that start at <paramref name="start"/>, with at most one
    /// level of parentheses inside; null when unclosed or nested deeper.</summary>
    private static int? Arguments(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' when depth == 1:
                    return null;
                case '(':
                    depth++;
                    break;
                case ')' when depth == 0:
                    return i;
                case ')':
                    depth--;
                    break;
            }
        }
        return null;
    }

    /// <summary>Every non-empty quoted string of the text, in order.</summary>
    private static List<string> QuotedStrings(string text)
    {
        var strings = new List<string>();
        var at = 0;
        while (NextQuote(text, at) is var open && open >= 0)
        {
            if (QuotedAt(text, open, allowEmpty: false) is var (value, after) && after > 0)
            {
                strings.Add(value);
                at = after;
            }
            else
            {
                at = open + 1;
            }
        }
        return strings;
    }

    /// <summary>The string quoted at <paramref name="at"/> (either quote closes it, as setup.py strings hold neither) and
    /// the index after its closing quote; (_, 0) when none is there.</summary>
    private static (string Value, int After) QuotedAt(string text, int at, bool allowEmpty)
    {
        if (at < 0 || at >= text.Length || text[at] is not ('"' or '\''))
        {
            return ("", 0);
        }
        var close = NextQuote(text, at + 1);
        return close < 0 || (!allowEmpty && close == at + 1) ? ("", 0) : (text[(at + 1)..close], close + 1);
    }

    private static int NextQuote(string text, int at) => at >= text.Length ? -1 : text.AsSpan(at).IndexOfAny('"', '\'') is var i and >= 0 ? at + i : -1;

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        return at;
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';
}
