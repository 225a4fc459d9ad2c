namespace ClawDev.Core.Drafting.Writing;

/// <summary>Adds a default's sentence to a description the way a person would.</summary>
internal static class Sentences
{
    /// <summary>
    /// "description. sentence": the description's last line gets a full stop when it ends without one; a
    /// description of several paragraphs (a list, a code block, a Tip) gets the sentence as a paragraph of its own.
    /// </summary>
    public static string Append(string description, string sentence)
    {
        var trimmed = description.TrimEnd();
        if (trimmed.Length == 0)
        {
            return sentence;
        }
        if (trimmed.Contains("\n\n", StringComparison.Ordinal))
        {
            return $"{trimmed}\n\n{sentence}";
        }
        return trimmed[^1] is '.' or '!' or '?' ? $"{trimmed} {sentence}" : $"{trimmed}. {sentence}";
    }

    /// <summary>The description with "Defaults to value." as its last sentence, unless it already says its default ("Defaults to the current user.").</summary>
    public static string StatingDefault(string description, string value) =>
        Grounding.GroundedText.StatesDefault(description) ? description : Append(description, $"Defaults to {value}.");

    /// <summary>"description (fragment)" on the description's last line, as PEP 257 writes "(default 0.0)".</summary>
    public static string AppendFragment(string description, string fragment)
    {
        var trimmed = description.TrimEnd();
        return trimmed.Length == 0 ? fragment : $"{trimmed} {fragment}";
    }
}
