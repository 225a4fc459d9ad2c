namespace ClawDev.Core.Changes;

/// <summary>Tells spelling-sized edits of docstrings from rewording.</summary>
internal static class DocstringEdits
{
    /// <summary>The most letters a word may change and still be a spelling fix ("recieve" → "receive" is 2).</summary>
    public const int MaxLettersPerWord = 2;

    /// <summary>
    /// True when the docstrings pair up one to one and each pair has the same words but for whitespace and
    /// words changed by at most <see cref="MaxLettersPerWord"/> letters; false when a docstring was added or
    /// removed, or words were added, removed or replaced by other words.
    /// </summary>
    public static bool AreTrivial(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        if (before.Count != after.Count)
        {
            return false;
        }
        for (var i = 0; i < before.Count; i++)
        {
            var oldWords = before[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var newWords = after[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (oldWords.Length != newWords.Length)
            {
                return false;
            }
            for (var w = 0; w < oldWords.Length; w++)
            {
                if (oldWords[w] != newWords[w] && EditDistance(oldWords[w], newWords[w]) > MaxLettersPerWord)
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>Optimal string alignment distance (a swap of neighbours counts once), capped just above the limit.</summary>
    internal static int EditDistance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > MaxLettersPerWord)
        {
            return MaxLettersPerWord + 1;
        }
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
