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

    /// <summary>The type without its code backticks, its roles kept whole, a doc-builder link as the name it shows
    /// ("[`~utils.ProjectConfiguration`]" is "ProjectConfiguration", "[`torch.nn.Module`]" "torch.nn.Module").</summary>
    public static string WithoutCodeBackticks(string type)
    {
        if (!type.Contains('`'))
        {
            return type;
        }
        if (type.Contains("[`", StringComparison.Ordinal))
        {
            type = Link().Replace(type, static link => link.Value[2] == '~' ? Signature.TypeExpression.LastSegment(link.Groups["target"].Value) : link.Groups["target"].Value);
        }
        return OutsideRoles(type, static part => part.Replace("`", "", StringComparison.Ordinal));
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

    /// <summary>The alternatives of a union and of the unions among them, as deep as <see cref="MaxUnionDepth"/> (an
    /// annotation in a file is input: its nesting is not ours to recurse through without end).</summary>
    private static List<string> Flattened(string type, int depth = 0)
    {
        var alternatives = Signature.TypeExpression.Alternatives(type);
        return alternatives.Count < 2 || depth >= MaxUnionDepth ? alternatives : [.. alternatives.SelectMany(a => Flattened(a, depth + 1)).Distinct(StringComparer.Ordinal)];
    }

    private const int MaxUnionDepth = 4;

    /// <summary>
    /// The classes a documented type names, each by its simple name with the doc-builder link it is written as
    /// ("[`~utils.ProjectConfiguration`]"), or null where it is written plain ("`nn.Module`", "PeftConfig"). A
    /// class's name starts with a capital: "[`str`]", which a few entries write, links no class.
    /// </summary>
    public static IEnumerable<(string Name, string? Link)> ClassMentions(string? type)
    {
        if (type is null)
        {
            yield break;
        }
        foreach (Match link in Link().Matches(type))
        {
            if (ClassName(link.Groups["target"].Value) is { } name)
            {
                yield return (name, link.Value);
            }
        }
        foreach (Match plain in PlainName().Matches(Link().Replace(type, " ")))
        {
            if (ClassName(plain.Value) is { } name)
            {
                yield return (name, null);
            }
        }
    }

    private static string? ClassName(string dotted)
    {
        var name = Signature.TypeExpression.LastSegment(dotted);
        return name.Length > 0 && char.IsUpper(name[0]) ? name : null;
    }

    [GeneratedRegex(@"(?<![\w.~])[A-Za-z_][\w.]*", RegexOptions.None, 1000)]
    private static partial Regex PlainName();

    /// <summary>
    /// The type with each alternative in backticks that names a class the repository links to ("`ProjectConfiguration`",
    /// "`nn.Module`") written as that link ("[`~utils.ProjectConfiguration`]"): Hugging Face's doc-builder cross-references.
    /// A link counts for a name written with a module (nn.Module) when its target ends with it.
    /// </summary>
    /// <param name="linkFor">The link the repository writes most for a class's simple name, or null.</param>
    public static string Linked(string type, Func<string, string?> linkFor) =>
        CodeName().Replace(type, code =>
        {
            var written = code.Groups["name"].Value;
            return linkFor(Signature.TypeExpression.LastSegment(written)) is { } link
                && Link().Match(link).Groups["target"].Value is var target && (target == written || target.EndsWith("." + written, StringComparison.Ordinal))
                ? link
                : code.Value;
        });

    [GeneratedRegex(@"\[`~?(?<target>[A-Za-z_][\w.]*)`\]", RegexOptions.None, 1000)]
    private static partial Regex Link();

    /// <summary>A class name in backticks, not already inside a link's brackets.</summary>
    [GeneratedRegex(@"(?<!\[)`(?<name>[A-Za-z_][\w.]*)`(?!\])", RegexOptions.None, 1000)]
    private static partial Regex CodeName();

    /// <summary>Whether a documented type writes a union in words ("`str` or `os.PathLike`", "int or None").</summary>
    public static bool WritesUnionInWords(string type) => WithoutCodeBackticks(type).Contains(" or ", StringComparison.Ordinal);

    /// <summary>Whether a documented type writes a union as code ("Union[str, os.PathLike]", "Optional[int]", "str | None").</summary>
    public static bool WritesUnionAsCode(string type) => Signature.TypeExpression.Alternatives(WithoutCodeBackticks(type).Trim()).Count > 1;

    /// <summary>
    /// The generic object role a type writes its names in (":obj:" for ":obj:`int`" and ":obj:`str` or :obj:`list`"),
    /// which a list using it writes for every type, builtins too; null for a type with code literals or no markup, and
    /// for the roles naming what they link (":class:`~x.Y`"), which lists write beside plain "int".
    /// </summary>
    public static string? RoleOf(string type) =>
        !HasCodeBackticks(type) && ObjectRole().Match(type) is { Success: true } role ? role.Value[..role.Value.IndexOf('`')] : null;

    /// <summary>
    /// The type with its names in the role, as transformers' older docstrings write every type (":obj:`int`",
    /// ":obj:`str` or :obj:`os.PathLike`"): code literals and doc-builder links become the role's, a type without
    /// markup one role as a whole; roles already written stay.
    /// </summary>
    public static string InRole(string type, string role)
    {
        if (!type.Contains('`'))
        {
            // A type in words ("list of str") is no name to mark up.
            return type.Contains(' ', StringComparison.Ordinal) ? type : $"{role}`{type}`";
        }
        if (type.Contains("[`", StringComparison.Ordinal))
        {
            type = Link().Replace(type, link => $"{role}{link.Value[1..^1]}");
        }
        return OutsideRoles(type, code => CodeSpan().Replace(code, span => role + span.Value));
    }

    /// <summary>The type with its ":obj:" roles as code literals (":obj:`float`" is "`float`"): Sphinx's generic role, which a
    /// list writing its types as code does not write; roles naming what they link (":class:`~x.Y`") stay.</summary>
    public static string WithoutObjectRoles(string type) =>
        type.Contains(":obj:`", StringComparison.Ordinal) ? ObjectRole().Replace(type, static role => role.Value[role.Value.IndexOf('`')..]) : type;

    /// <summary>The type with <paramref name="change"/> applied to each part outside its roles.</summary>
    private static string OutsideRoles(string type, Func<string, string> change)
    {
        var kept = 0;
        var result = new System.Text.StringBuilder(type.Length);
        foreach (Match role in Role().Matches(type))
        {
            result.Append(change(type[kept..role.Index])).Append(role.Value);
            kept = role.Index + role.Length;
        }
        return result.Append(change(type[kept..])).ToString();
    }

    [GeneratedRegex(@":[\w.:+-]+:`[^`]*`")]
    private static partial Regex Role();

    [GeneratedRegex(@"(?<![\w:])(?::py)?:obj:`[^`]*`")]
    private static partial Regex ObjectRole();

    [GeneratedRegex(@"`[^`]+`")]
    private static partial Regex CodeSpan();
}
