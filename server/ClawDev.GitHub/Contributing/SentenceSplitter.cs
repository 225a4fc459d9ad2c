namespace ClawDev.GitHub.Contributing;

/// <summary>Splits a paragraph's text into sentences, never inside inline code.</summary>
public static class SentenceSplitter
{
    /// <summary>The sentences as ranges of <paramref name="text"/>, trimmed, empty ones left out.</summary>
    /// <remarks>A sentence ends at '.', '!' or '?' followed by white space and then something that can start a
    /// sentence (a capital, a digit, a backtick, an opening quote or bracket, an emphasis mark), or at a blank
    /// line. Abbreviations like "e.g. the" and "i.e. a" continue the sentence, since a lower-case word follows.</remarks>
    public static IEnumerable<Range> Split(string text)
    {
        var start = 0;
        var inCode = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '`')
            {
                inCode = !inCode;
            }
            else if (!inCode && IsSentenceEnd(text, i))
            {
                if (Trimmed(text, start, i + 1) is { } sentence)
                {
                    yield return sentence;
                }
                start = i + 1;
            }
        }
        if (Trimmed(text, start, text.Length) is { } last)
        {
            yield return last;
        }
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        var c = text[i];
        if (c == '\n')
        {
            return i + 1 < text.Length && text[i + 1] == '\n';
        }
        if (c is not ('.' or '!' or '?') || i + 1 >= text.Length || !char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }
        var next = i + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        return next == text.Length || char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '`' or '"' or '\'' or '(' or '[' or '*' or '_';
    }

    private static Range? Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end > start ? start..end : null;
    }
}
