using System.Globalization;
using System.Text;

namespace ClawDev.Core.Configuration.Codes;

/// <summary>Writes a set of codes compactly, D codes first: "D100-D107 D417 CD401-CD403".</summary>
internal static class CodeListText
{
    public static string Format(IEnumerable<string> codes)
    {
        var ordered = new List<string>(codes);
        if (ordered.Count == 0)
        {
            return "(none)";
        }

        ordered.Sort(Compare);
        var text = new StringBuilder();
        for (var start = 0; start < ordered.Count;)
        {
            var end = start;
            while (end + 1 < ordered.Count && Follows(ordered[end + 1], ordered[end]))
            {
                end++;
            }

            text.Append(text.Length > 0 ? " " : "");

            // Runs of three or more read better as a range; a pair stays two codes.
            if (end - start >= 2)
            {
                text.Append(ordered[start]).Append('-').Append(ordered[end]);
                start = end + 1;
            }
            else
            {
                text.Append(ordered[start]);
                start++;
            }
        }

        return text.ToString();
    }

    /// <summary>D codes before CD codes, then by number: "D417" before "CD401".</summary>
    public static int Compare(string left, string right)
    {
        var (leftLetters, rightLetters) = (LetterCount(left), LetterCount(right));
        var byLetters = leftLetters != rightLetters
            ? leftLetters.CompareTo(rightLetters)
            : string.CompareOrdinal(left, 0, right, 0, leftLetters);
        return byLetters != 0 ? byLetters : Number(left).CompareTo(Number(right));
    }

    private static bool Follows(string code, string previous) =>
        LetterCount(code) == LetterCount(previous)
        && string.CompareOrdinal(code, 0, previous, 0, LetterCount(code)) == 0
        && Number(code) == Number(previous) + 1;

    private static int LetterCount(string code)
    {
        var count = 0;
        while (count < code.Length && !char.IsAsciiDigit(code[count]))
        {
            count++;
        }

        return count;
    }

    private static int Number(string code) =>
        int.TryParse(code.AsSpan(LetterCount(code)), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
}
