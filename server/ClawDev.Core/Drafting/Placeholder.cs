namespace ClawDev.Core.Drafting;

/// <summary>
/// The text drafts write where only a person can say what is meant. Every placeholder sentence starts with
/// <see cref="Marker"/>, so one search (<c>grep -rn "TODO:"</c>) finds every unfinished draft and every entry of
/// a removed parameter. Grounded descriptions never copy a placeholder.
/// </summary>
public static class Placeholder
{
    public const string Marker = "TODO:";

    /// <summary>
    /// NumPy needs a type line for a return value, and an entry among typed ones a type; this one stands in when
    /// nothing says what the type is.
    /// </summary>
    public const string UnknownType = "TODO";

    public static string Summary(string name) => $"{Marker} Summarise what {name} does.";

    public static string Parameter(string name) => $"{Marker} describe {name}.";

    public static string ReturnValue => $"{Marker} describe the return value.";

    public static string YieldedValues => $"{Marker} describe the yielded values.";

    public static string Raised(string exception) => $"{Marker} describe when {exception} is raised.";

    /// <summary>
    /// Put in front of the description of an entry whose parameter is gone. The entry stays (it may hold the only
    /// description of a renamed parameter) and CD402 keeps reporting it until a person renames or removes it.
    /// </summary>
    public static string StaleParameter(string name) => $"{Marker} {name} is not in the signature; rename or remove this entry.";

    /// <summary>Whether a description is (or starts with) a placeholder.</summary>
    public static bool IsPlaceholder(string description) => description.StartsWith(Marker, StringComparison.Ordinal);

    /// <summary>
    /// Whether a docstring line holds a placeholder: a placeholder sentence, or <see cref="UnknownType"/> standing
    /// as a type: a NumPy type line, or the type of an entry head ("x : TODO, optional", "x (TODO): …",
    /// "x (`TODO`, *optional*):", ":type x: TODO", ":param TODO x: …").
    /// </summary>
    public static bool MarksLine(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Contains(Marker, StringComparison.Ordinal))
        {
            return true;
        }
        for (var at = text.IndexOf(UnknownType, StringComparison.Ordinal); at >= 0;)
        {
            var end = at + UnknownType.Length;
            var start = at > 0 && text[at - 1] == '`' ? at - 1 : at;
            var after = end < text.Length && text[end] == '`' ? end + 1 : end;
            var typeOfAField = text[..start].EndsWith(":param ", StringComparison.Ordinal) && after < text.Length && text[after] == ' ';
            if (typeOfAField || ((start == 0 || text[start - 1] is ' ' or '(') && (after == text.Length || text[after] is ',' or ')')))
            {
                return true;
            }
            var next = text[end..].IndexOf(UnknownType, StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }
        return false;
    }
}
