using System.Text;

namespace ClawDev.Core.Configuration.Codes;

/// <summary>Writes a set of codes compactly: "D100-D107 D417 CD401-CD403".</summary>
internal static class CodeListText
{
    public static string Format(IEnumerable<string> codes)
    {
        var ordered = codes.Select(Split).OrderBy(code => code.Letters.Length).ThenBy(code => code.Letters, StringComparer.Ordinal).ThenBy(code => code.Number).ToList();
        if (ordered.Count == 0)
        {
            return "(none)";
        }

        var text = new StringBuilder();
        for (var start = 0; start < ordered.Count;)
        {
            var end = start;
            while (end + 1 < ordered.Count && ordered[end + 1].Letters == ordered[start].Letters && ordered[end + 1].Number == ordered[end].Number + 1)
            {
                end++;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            // Runs of three or more read better as a range; a pair stays two codes.
            if (end - start >= 2)
            {
                text.Append(ordered[start].Text).Append('-').Append(ordered[end].Text);
                start = end + 1;
                continue;
            }

            text.Append(ordered[start].Text);
            start++;
        }

        return text.ToString();
    }

    private static (string Text, string Letters, int Number) Split(string code)
    {
        var digits = code.Length;
        while (digits > 0 && char.IsAsciiDigit(code[digits - 1]))
        {
            digits--;
        }

        return (code, code[..digits], digits < code.Length ? int.Parse(code.AsSpan(digits), System.Globalization.CultureInfo.InvariantCulture) : 0);
    }
}
