using System.Text;

namespace ClawDev.Core.Rules.Pydocstyle;

/// <summary>Python 3.11's <c>textwrap.dedent</c>, which pydocstyle applies to the body of a Google "Args" section.</summary>
internal static class TextWrap
{
    /// <summary>
    /// Lines holding only spaces and tabs become empty; the longest run of spaces and tabs common to every other
    /// line is removed. Lines are separated by '\n' only, like the regular expressions dedent uses.
    /// </summary>
    public static string Dedent(string text)
    {
        var lines = text.Split('\n');
        string? margin = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indentLength = SpacesAndTabs(line);
            if (indentLength == line.Length)
            {
                lines[i] = "";
                continue;
            }
            var indent = line[..indentLength];
            if (margin is null || margin.StartsWith(indent, StringComparison.Ordinal))
            {
                margin = indent;
            }
            else if (!indent.StartsWith(margin, StringComparison.Ordinal))
            {
                margin = margin[..CommonPrefixLength(margin, indent)];
            }
        }
        if (string.IsNullOrEmpty(margin))
        {
            return string.Join('\n', lines);
        }
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                result.Append('\n');
            }
            var line = lines[i];
            result.Append(line.StartsWith(margin, StringComparison.Ordinal) ? line.AsSpan(margin.Length) : line);
        }
        return result.ToString();
    }

    private static int SpacesAndTabs(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }
        return i;
    }

    private static int CommonPrefixLength(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }
        return i;
    }
}
