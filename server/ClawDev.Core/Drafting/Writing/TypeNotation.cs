using System.Text.RegularExpressions;

namespace ClawDev.Core.Drafting.Writing;

/// <summary>
/// Backticks in a documented type: code literals ("`int`") are a notation a list uses or not; reST roles
/// (":py:class:`~.Poly`") are cross-references, written the same in every list, and never taken apart.
/// </summary>
internal static partial class TypeNotation
{
    /// <summary>Whether the type writes code literals in backticks (roles aside).</summary>
    public static bool HasCodeBackticks(string type) => Role().Replace(type, "").Contains('`');

    /// <summary>The type without its code backticks, its roles kept whole.</summary>
    public static string WithoutCodeBackticks(string type)
    {
        if (!type.Contains('`'))
        {
            return type;
        }
        var kept = 0;
        var plain = new System.Text.StringBuilder(type.Length);
        foreach (Match role in Role().Matches(type))
        {
            plain.Append(type.AsSpan(kept, role.Index - kept).ToString().Replace("`", "", StringComparison.Ordinal)).Append(role.Value);
            kept = role.Index + role.Length;
        }
        return plain.Append(type[kept..].Replace("`", "", StringComparison.Ordinal)).ToString();
    }

    [GeneratedRegex(@":[\w.:+-]+:`[^`]*`")]
    private static partial Regex Role();
}
