using System.Globalization;
using System.Text;

namespace ClawDev.GitHub.Issues.Labels;

/// <summary>
/// A label name reduced to lower-case ASCII words, so that "Good First Issue", "good-first-issue",
/// "GoodFirstIssue", "📖 docs" and "type: docs" compare as words: case, separators, emoji and accents are
/// dropped, camel case is split, and a leading scope ("type:", "kind/", "module: ") is removed.
/// </summary>
public static class LabelWords
{
    /// <summary>The words of <paramref name="label"/>, scope removed: "kind/documentation" → ["documentation"].</summary>
    public static IReadOnlyList<string> Of(string label)
    {
        var words = Split(label, out var scopeWordCount);
        // A scope only counts as one when something follows it: a label that is just "docs:" keeps its word.
        return scopeWordCount > 0 && scopeWordCount < words.Count ? words[scopeWordCount..] : words;
    }

    /// <summary>The words joined by single spaces: the label's normalised form.</summary>
    public static string Normalize(string label) => string.Join(' ', Of(label));

    /// <summary>Every word, the scope's included: classification reads them all, so "help wanted: docs" keeps
    /// its "help wanted".</summary>
    internal static List<string> All(string label) => Split(label, out _);

    private static List<string> Split(string label, out int scopeWordCount)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        scopeWordCount = 0;
        var previous = '\0';
        foreach (var c in label.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // "débutant" reads as "debutant"
            }
            var isWordCharacter = char.IsAsciiLetterOrDigit(c);
            if (isWordCharacter && word.Length > 0 && char.IsAsciiLetterLower(previous) && char.IsAsciiLetterUpper(c))
            {
                Flush(word, words); // GoodFirstIssue
            }
            if (isWordCharacter)
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush(word, words);
                // The first ':' or '/' after the first words ends a scope ("type:", "kind/", "area: docs").
                if ((c == ':' || c == '/') && scopeWordCount == 0 && words.Count is > 0 and <= 2)
                {
                    scopeWordCount = words.Count;
                }
            }
            previous = c;
        }
        Flush(word, words);
        return words;
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
