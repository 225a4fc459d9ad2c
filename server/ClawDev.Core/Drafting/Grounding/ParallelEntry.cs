namespace ClawDev.Core.Drafting.Grounding;

/// <summary>
/// The entry of a parallel parameter of the same docstring, read for the missing one: parameters whose names differ
/// in one word are documented in parallel (<c>source_mtime</c>: "Mtime of the source file (milliseconds)." beside
/// <c>dest_mtime</c>; <c>min_items</c> beside <c>max_items</c>; <c>delta_in</c> beside <c>delta_out</c>), so the
/// sibling's sentence with its word swapped for the missing parameter's is the docstring's own wording for it. Only
/// where the sentence uses the sibling's distinguishing word (or a longer word it begins, "destination" for
/// <c>dest</c>): a sentence that does not say what sets the two apart would describe the sibling, not the parameter
/// ("Embeddings of desirable prompts." is not <c>rejected_embeddings</c>). A sentence that names both sets them
/// against each other, so the two words trade places ("only affects serialization, not validation." for
/// <c>validation_alias</c>); a spelled-out word keeps its ending where the repository writes that word
/// ("maximum" for <c>max_length</c> reads "minimum" for <c>min_length</c>).
/// </summary>
internal static class ParallelEntry
{
    /// <summary>The first entry among <paramref name="own"/> that reads for <paramref name="name"/>, a word spelled out before one it abbreviates; null when none.</summary>
    /// <param name="isWord">Whether the repository writes a word (lower case), for the ending of a spelled-out one.</param>
    public static (ParameterRecord Sibling, string Text, string From, string To)? For(string name, IEnumerable<ParameterRecord> own, Func<ParameterRecord, bool> usable, Func<string, bool> isWord)
    {
        var words = Words(name);
        if (words.Length < 2)
        {
            return null;
        }
        (ParameterRecord, string, string, string)? abbreviated = null;
        foreach (var record in own)
        {
            if (record.Name == name || Words(record.Name) is not { } theirs || theirs.Length != words.Length || !usable(record))
            {
                continue;
            }
            var differing = -1;
            for (var i = 0; i < words.Length; i++)
            {
                if (words[i] != theirs[i])
                {
                    differing = differing < 0 ? i : int.MaxValue;
                }
            }
            if (differing is < 0 or int.MaxValue || theirs[differing].Length < 2)
            {
                continue;
            }
            var (from, to) = (theirs[differing], words[differing]);
            if (Swapped(record.Description, from, to, wholeWordOnly: true, isWord) is { } text)
            {
                return (record, text, from, to);
            }
            if (abbreviated is null && from.Length >= 3 && Swapped(record.Description, from, to, wholeWordOnly: false, isWord) is { } spelledOut)
            {
                abbreviated = (record, spelledOut, from, to);
            }
        }
        return abbreviated;
    }

    private static string[] Words(string name) => name.TrimStart('*').ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The lower-case words of a text, split at every character that is not a letter or digit.</summary>
    public static IEnumerable<string> ProseWords(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>
    /// The description with each word <paramref name="from"/> replaced by <paramref name="to"/> and, when the
    /// description also names <paramref name="to"/>, each <paramref name="to"/> by <paramref name="from"/>; when not
    /// whole-word only, each plain word that begins with <paramref name="from"/> instead, keeping its ending where the
    /// repository writes <paramref name="to"/> with it. Capitalised as the word was; null when no word was replaced.
    /// </summary>
    private static string? Swapped(string description, string from, string to, bool wholeWordOnly, Func<string, bool> isWord)
    {
        var trade = wholeWordOnly && ProseWords(description).Contains(to);
        var builder = new System.Text.StringBuilder(description.Length + 16);
        var replaced = false;
        var i = 0;
        while (i < description.Length)
        {
            if (!char.IsLetterOrDigit(description[i]))
            {
                builder.Append(description[i++]);
                continue;
            }
            var start = i;
            while (i < description.Length && (char.IsLetterOrDigit(description[i]) || description[i] == '_'))
            {
                i++;
            }
            var word = description.AsSpan(start, i - start);
            string? replacement = null;
            if (wholeWordOnly)
            {
                replacement = word.Equals(from, StringComparison.OrdinalIgnoreCase) ? to : trade && word.Equals(to, StringComparison.OrdinalIgnoreCase) ? from : null;
            }
            else if (word.Length > from.Length && word.StartsWith(from, StringComparison.OrdinalIgnoreCase) && IsPlainWord(word))
            {
                var ending = word[from.Length..].ToString().ToLowerInvariant();
                replacement = isWord(to + ending) ? to + ending : to;
            }
            if (replacement is null)
            {
                builder.Append(word);
                continue;
            }
            builder.Append(char.IsUpper(word[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement);
            replaced = true;
        }
        return replaced ? builder.ToString() : null;
    }

    /// <summary>Letters only, capitalised at most at the start: a word of prose ("Destination"), not a class name ("ResultItems").</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (!char.IsLetter(word[i]) || (i > 0 && char.IsUpper(word[i])))
            {
                return false;
            }
        }
        return true;
    }
}
