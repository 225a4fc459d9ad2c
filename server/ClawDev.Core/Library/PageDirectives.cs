namespace ClawDev.Core.Library;

/// <summary>
/// The directive lines of documentation pages, read by hand (<see cref="LineText"/> says why). Each method says the
/// pattern it reads; <c>\s</c> is white space, a name is <c>[A-Za-z_][\w.]*</c>.
/// </summary>
internal static class PageDirectives
{
    private static readonly string[] SphinxKinds = ["class", "function", "method", "module", "exception", "attribute", "data", "property", "decorator"];

    /// <summary><c>\s*[[autodoc]]\s+NAME</c>: the name.</summary>
    public static string? Autodoc(ReadOnlySpan<char> line)
    {
        var rest = line.TrimStart();
        return rest.StartsWith("[[autodoc]]", StringComparison.Ordinal) && LineText.AfterSpaces(rest["[[autodoc]]".Length..], out rest) ? DottedName(rest) : null;
    }

    /// <summary><c>\s*(.. \s+|```{)(py:)?auto&lt;kind&gt;(::|})\s*~?NAME</c>: the kind ("class", "module"…) and the name.</summary>
    public static (string Kind, string Target)? Sphinx(ReadOnlySpan<char> line)
    {
        var rest = line.TrimStart();
        if (rest.StartsWith("..", StringComparison.Ordinal))
        {
            if (!LineText.AfterSpaces(rest[2..], out rest))
            {
                return null;
            }
        }
        else if (rest.StartsWith("```{", StringComparison.Ordinal))
        {
            rest = rest[4..];
        }
        else
        {
            return null;
        }
        if (rest.StartsWith("py:", StringComparison.Ordinal))
        {
            rest = rest[3..];
        }
        if (!rest.StartsWith("auto", StringComparison.Ordinal))
        {
            return null;
        }
        rest = rest[4..];
        foreach (var kind in SphinxKinds)
        {
            if (!rest.StartsWith(kind, StringComparison.Ordinal))
            {
                continue;
            }
            var after = rest[kind.Length..];
            var close = after.StartsWith("::", StringComparison.Ordinal) ? 2 : after.StartsWith('}') ? 1 : 0;
            if (close == 0)
            {
                return null;
            }
            var target = after[close..].TrimStart();
            return DottedName(target.StartsWith('~') ? target[1..] : target) is { } name ? (kind, target.StartsWith('~') ? "~" + name : name) : null;
        }
        return null;
    }

    /// <summary><c>\s*(.. \s+autosummary::|```{autosummary})</c>.</summary>
    public static bool IsAutosummary(ReadOnlySpan<char> line)
    {
        var rest = line.TrimStart();
        return rest.StartsWith("```{autosummary}", StringComparison.Ordinal)
            || (rest.StartsWith("..", StringComparison.Ordinal) && LineText.AfterSpaces(rest[2..], out rest) && rest.StartsWith("autosummary::", StringComparison.Ordinal));
    }

    /// <summary><c>:::\s+NAME</c> (mkdocstrings): the name.</summary>
    public static string? MkDocStrings(ReadOnlySpan<char> line) =>
        line.StartsWith(":::", StringComparison.Ordinal) && LineText.AfterSpaces(line[3..], out var rest) ? DottedName(rest) : null;

    /// <summary><c>\s+-\s+IDENTIFIER\s*</c>, the whole line (a listed member): the identifier.</summary>
    public static string? MemberName(ReadOnlySpan<char> line)
    {
        if (!LineText.AfterSpaces(line, out var rest) || !rest.StartsWith('-') || !LineText.AfterSpaces(rest[1..], out rest))
        {
            return null;
        }
        var name = rest.TrimEnd();
        return name.Length > 0 && LineText.IsNameStart(name[0]) && LineText.NameLength(name, dots: false) == name.Length ? name.ToString() : null;
    }

    /// <summary><c>\s*:members:\s*(.*)</c>: the text after the option, or null when the line is not the option.</summary>
    public static string? MembersOption(ReadOnlySpan<char> line)
    {
        var rest = line.TrimStart();
        return rest.StartsWith(":members:", StringComparison.Ordinal) ? rest[":members:".Length..].TrimStart().ToString() : null;
    }

    /// <summary><c>\s+members:\s*(\[.*\])?\s*</c> (mkdocstrings' YAML): the inline list, "" when the names follow as
    /// a "- name" list, or null when the line is not the option.</summary>
    public static string? MkDocsMembersOption(ReadOnlySpan<char> line)
    {
        if (!LineText.AfterSpaces(line, out var rest) || !rest.StartsWith("members:", StringComparison.Ordinal))
        {
            return null;
        }
        var list = rest["members:".Length..].Trim();
        return list.Length == 0 ? "" : list.Length >= 2 && list[0] == '[' && list[^1] == ']' ? list.ToString() : null;
    }

    /// <summary><c>~?NAME</c>, the whole text (an autosummary entry).</summary>
    public static bool IsDottedName(ReadOnlySpan<char> text)
    {
        var name = text.StartsWith('~') ? text[1..] : text;
        return name.Length > 0 && LineText.IsNameStart(name[0]) && LineText.NameLength(name, dots: true) == name.Length;
    }

    /// <summary><c>[a-z]{2}([-_][A-Za-z]{2,4})?</c>, the whole text: "ko", "zh-hans", "pt_BR" (a translation's folder).</summary>
    public static bool IsLanguageCode(string folder)
    {
        if (folder.Length is not (2 or (>= 5 and <= 7)) || !char.IsAsciiLetterLower(folder[0]) || !char.IsAsciiLetterLower(folder[1]))
        {
            return false;
        }
        if (folder.Length == 2)
        {
            return true;
        }
        if (folder[2] is not ('-' or '_'))
        {
            return false;
        }
        foreach (var c in folder.AsSpan(3))
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The longest <c>[A-Za-z_][\w.]*</c> at the start of <paramref name="text"/>, or null.</summary>
    private static string? DottedName(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !LineText.IsNameStart(text[0]))
        {
            return null;
        }
        return text[..LineText.NameLength(text, dots: true)].ToString();
    }
}
