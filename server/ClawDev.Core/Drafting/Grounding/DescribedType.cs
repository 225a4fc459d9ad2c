using System.Text.RegularExpressions;

namespace ClawDev.Core.Drafting.Grounding;

/// <summary>
/// The type an untyped entry's text opens by naming, as a <see cref="TypeKey"/>: "List of strings in the format …"
/// is a list, "A dictionary of …" a dict, "Whether to …" a bool, "A string or a list of strings" both. Text that opens
/// otherwise names no type (null). Checked against the parameter's annotation like a documented type, so a `dict`
/// parameter does not get "List of strings …" from an entry of another function.
/// </summary>
internal static partial class DescribedType
{
    public static string? Of(string description)
    {
        var opening = Opening().Match(description);
        if (!opening.Success)
        {
            return null;
        }
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Capture word in opening.Groups["type"].Captures)
        {
            names.Add(KeyOf(word.Value.ToLowerInvariant()));
        }
        return string.Join('|', names);
    }

    private static string KeyOf(string word) => word switch
    {
        "whether" or "bool" or "boolean" => "bool",
        "string" or "strings" or "str" => "str",
        "dict" or "dictionary" or "mapping" => "dict",
        "int" or "integer" or "number" => "int",
        _ => word,
    };

    /// <summary>An opening type phrase, and more joined by "or": "A string or a list of strings", "Whether …",
    /// "Dictionary of …", "The number of …". A container names its type only with what it holds ("List the files"
    /// is a verb).</summary>
    [GeneratedRegex(
        @"^\s*(?:(?:an?|the|optional)\s+)?(?:(?<type>whether)\b|(?<type>list|dict|dictionary|mapping|tuple|set|number)\s+(?:of|mapping|from)\b|(?<type>string|str|bool|boolean|int|integer|float)\b(?!\s*[-_(]))"
        + @"(?:\s*(?:,|or)\s+(?:(?:an?|the)\s+)?(?:(?<type>list|tuple|set)\s+of\b|(?<type>string|strings|str|bool|boolean|int|integer|float|dict|dictionary|list|tuple)\b))*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Opening();
}
