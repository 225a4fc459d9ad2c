using ClawDev.Core.Drafting.Signature;

namespace ClawDev.Core.Drafting.Grounding;

/// <summary>
/// A key for comparing a documented type with an annotation: the sorted alternatives, each the last dotted part
/// of its first name in lower case, without None. Annotations and documented type texts meet in it:
/// "Optional[Union[str, list[str]]]", "`str` or `List[str]`", "str | list[str] | None" and "(`str`, `list`)"
/// all give "list|str"; "`torch.Tensor` of shape `(batch,)`" and "Optional[torch.Tensor]" give "tensor";
/// a Literal of strings is "str".
/// </summary>
internal static class TypeKey
{
    private const char Separator = '|';

    public static string? Of(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }
        var names = new SortedSet<string>(StringComparer.Ordinal);
        Collect(type.Replace("`", "").Replace("*", "").Replace("~", ""), names, depth: 0);
        names.Remove("none");
        names.Remove("optional");
        return names.Count == 0 ? null : string.Join(Separator, names);
    }

    /// <summary>Built-in value types: two types made only of these and sharing none describe different things.</summary>
    private static readonly HashSet<string> BuiltIns = new(StringComparer.Ordinal) { "bool", "bytes", "complex", "dict", "float", "int", "list", "set", "str", "tuple" };

    /// <summary>
    /// Whether two keys may describe the same thing: either is unknown, they share an alternative, or one names a
    /// class (a `Callable` annotation and a documented `DataCollator`, `PathLike` and `Path` are the same idea told
    /// two ways). Only built-in types that share nothing are told apart (`int` is not `str`); numbers are one kind,
    /// as Python's numeric tower has it: `resolution=1` is the documented `float`.
    /// </summary>
    public static bool Compatible(string? a, string? b)
    {
        if (a is null || b is null || a == b)
        {
            return true;
        }
        var left = a.Split(Separator);
        var right = b.Split(Separator);
        return left.Any(right.Contains) || (left.Any(Numbers.Contains) && right.Any(Numbers.Contains))
            || !left.All(BuiltIns.Contains) || !right.All(BuiltIns.Contains);
    }

    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal) { "complex", "float", "int" };

    /// <summary>
    /// Whether a documented type's key names a literal's built-in type among its alternatives, a built-in written
    /// as a word counting as itself ("string", "integer", "boolean", "dictionary") and numbers as one kind ("float"
    /// admits the literal 1): stricter than <see cref="Compatible"/>, for which a class goes with anything.
    /// </summary>
    public static bool Admits(string? documented, string? literal)
    {
        if (documented is null || literal is null)
        {
            return false;
        }
        var alternatives = documented.Split(Separator).Select(static a => BuiltInWords.GetValueOrDefault(a, a)).ToList();
        return alternatives.Contains(literal) || (Numbers.Contains(literal) && alternatives.Any(Numbers.Contains));
    }

    private static readonly Dictionary<string, string> BuiltInWords = new(StringComparer.Ordinal)
    {
        ["string"] = "str",
        ["integer"] = "int",
        ["boolean"] = "bool",
        ["dictionary"] = "dict",
    };

    private static void Collect(string text, SortedSet<string> names, int depth)
    {
        foreach (var alternative in Alternatives(text))
        {
            var (name, arguments) = Head(alternative);
            if (name.Length == 0)
            {
                continue;
            }
            var simple = TypeExpression.LastSegment(name).ToLowerInvariant();
            if (simple is "optional" or "union" && arguments is not null && depth < 8)
            {
                Collect(arguments, names, depth + 1);
            }
            else if (simple == "literal")
            {
                names.Add(arguments is not null && arguments.TrimStart().StartsWith('"') || (arguments?.TrimStart().StartsWith('\'') ?? false) ? "str" : "literal");
            }
            else
            {
                names.Add(simple);
            }
        }
    }

    /// <summary>Top-level alternatives: "|", " or ", and the commas of a documented "`str`, `dict`" (not inside brackets).</summary>
    private static IEnumerable<string> Alternatives(string text)
    {
        foreach (var part in TypeExpression.SplitTopLevel(text, '|'))
        {
            foreach (var comma in TypeExpression.SplitTopLevel(part, ','))
            {
                foreach (var word in comma.Split(" or ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return word.Trim('(', ')', ' ');
                }
            }
        }
    }

    /// <summary>The first dotted name of an alternative and, when it is generic, the text between its brackets.</summary>
    private static (string Name, string? Arguments) Head(string alternative)
    {
        var start = 0;
        while (start < alternative.Length && !IsNameChar(alternative[start]))
        {
            start++;
        }
        var end = start;
        while (end < alternative.Length && (IsNameChar(alternative[end]) || alternative[end] == '.'))
        {
            end++;
        }
        var name = alternative[start..end].TrimEnd('.');
        var open = end < alternative.Length && alternative[end] == '[' ? end : -1;
        var close = alternative.LastIndexOf(']');
        return (name, open >= 0 && close > open ? alternative[(open + 1)..close] : null);
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
