namespace ClawDev.Core.Drafting.Signature;

/// <summary>The type a default value's literal shows, for parameters without an annotation.</summary>
internal static class LiteralType
{
    /// <summary>"int" for "3" and "-1", "float" for "0.5" and "1e-5", "str", "bytes", "bool", "list", "dict", "set", "tuple", "complex"; null for None and for anything that is not a literal (a name, a call).</summary>
    public static string? Of(string literal)
    {
        if (literal.Length == 0)
        {
            return null;
        }
        if (literal is "True" or "False")
        {
            return "bool";
        }
        if (IsNumber(literal))
        {
            return NumberType(literal);
        }
        if (StringPrefixLength(literal) is var prefix and >= 0)
        {
            return literal.AsSpan(0, prefix).ContainsAny('b', 'B') ? "bytes" : "str";
        }
        return literal[0] switch
        {
            '[' when literal[^1] == ']' => "list",
            '{' when literal[^1] == '}' => IsDict(literal) ? "dict" : "set",
            '(' when literal[^1] == ')' => IsTuple(literal) ? "tuple" : null,
            _ => null,
        };
    }

    private static bool IsNumber(string literal)
    {
        var i = literal[0] is '-' or '+' ? 1 : 0;
        return i < literal.Length && (char.IsAsciiDigit(literal[i]) || (literal[i] == '.' && i + 1 < literal.Length && char.IsAsciiDigit(literal[i + 1])));
    }

    private static string NumberType(string literal)
    {
        if (literal.EndsWith('j') || literal.EndsWith('J'))
        {
            return "complex";
        }
        var isHex = literal.Contains("0x", StringComparison.OrdinalIgnoreCase);
        return !isHex && literal.AsSpan().ContainsAny(".eE") ? "float" : "int";
    }

    /// <summary>The length of the prefix of a string literal ("rb" in rb'x'), or -1 when the text is not one.</summary>
    private static int StringPrefixLength(string literal)
    {
        var i = 0;
        while (i < literal.Length && i < 3 && char.IsAsciiLetter(literal[i]) && "rRbBuUfF".Contains(literal[i]))
        {
            i++;
        }
        return i < literal.Length && literal[i] is '"' or '\'' && literal[^1] == literal[i] && literal.Length > i + 1 ? i : -1;
    }

    private static bool IsDict(string literal) => literal == "{}" || TypeExpression.ContainsTopLevel(literal[1..^1], ':');

    private static bool IsTuple(string literal) => literal == "()" || TypeExpression.ContainsTopLevel(literal[1..^1], ',');
}
