using System.Globalization;
using System.Text;

namespace ClawDev.GitHub.Issues.Branches;

/// <summary>The rules of <c>git check-ref-format --branch</c>, and an ASCII slug that always satisfies them.</summary>
public static class GitRefName
{
    /// <summary>
    /// True when git accepts <paramref name="name"/> as a branch name: no "..", "@{", "//", control characters,
    /// space or any of <c>~^:?*[\</c>; no component that starts with '.' or ends with ".lock"; not "@", and not
    /// starting with '-' or '/' or ending with '/' or '.'.
    /// </summary>
    public static bool IsValidBranchName(string name)
    {
        if (name.Length == 0 || name == "@" || name[0] is '-' or '/' || name[^1] is '/' or '.'
            || name.Contains("..", StringComparison.Ordinal) || name.Contains("@{", StringComparison.Ordinal)
            || name.Contains("//", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (c < 0x20 || c == 0x7f || c is ' ' or '~' or '^' or ':' or '?' or '*' or '[' or '\\')
            {
                return false;
            }
        }
        return name.Split('/').All(component => component[0] != '.' && !component.EndsWith(".lock", StringComparison.Ordinal));
    }

    /// <summary>
    /// Lower-case ASCII words joined by <paramref name="separator"/>: accents dropped ("Café" → "cafe"), anything
    /// else a word break; cut at a word boundary to at most <paramref name="maxLength"/> characters.
    /// </summary>
    public static string Slug(string text, int maxLength, char separator = '-')
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != separator)
            {
                slug.Append(separator);
            }
        }
        var result = slug.ToString().TrimEnd(separator);
        if (result.Length <= maxLength)
        {
            return result;
        }
        var cut = result.LastIndexOf(separator, maxLength);
        return cut > 0 ? result[..cut] : result[..maxLength];
    }
}
