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

    /// <summary>
    /// A union written in words, each alternative as code, as Hugging Face's libraries write types: "`str` or
    /// `os.PathLike`", "`str`, `int` or `torch.device`" (nested unions flattened); null for a type that is no union.
    /// </summary>
    /// <param name="optional">The parameter has a default, which "optional" says: a None alternative is left to it
    /// (transformers' "`int`" for <c>Optional[int] = 1800</c>).</param>
    public static string? InWords(string type, bool optional)
    {
        var alternatives = Flattened(type);
        if (alternatives.Count < 2)
        {
            return null;
        }
        if (optional)
        {
            alternatives.RemoveAll(static a => a == "None");
        }
        var code = alternatives.ConvertAll(static a => $"`{a}`");
        return code.Count == 1 ? code[0] : $"{string.Join(", ", code[..^1])} or {code[^1]}";
    }

    private static List<string> Flattened(string type)
    {
        var alternatives = Signature.TypeExpression.Alternatives(type);
        return alternatives.Count < 2 ? alternatives : [.. alternatives.SelectMany(Flattened).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether a documented type writes a union in words ("`str` or `os.PathLike`", "int or None").</summary>
    public static bool WritesUnionInWords(string type) => WithoutCodeBackticks(type).Contains(" or ", StringComparison.Ordinal);

    /// <summary>Whether a documented type writes a union as code ("Union[str, os.PathLike]", "Optional[int]", "str | None").</summary>
    public static bool WritesUnionAsCode(string type) => Signature.TypeExpression.Alternatives(WithoutCodeBackticks(type).Trim()).Count > 1;

    [GeneratedRegex(@":[\w.:+-]+:`[^`]*`")]
    private static partial Regex Role();
}
