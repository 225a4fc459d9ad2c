namespace ClawDev.Core.Python.Tokens;

/// <summary>
/// The extent of a number literal: hex/octal/binary, decimals with '_' separators, fractions, exponents and the
/// imaginary suffix. Like CPython's tokenizer it stops where the literal stops (<c>1if</c> is 1, then if).
/// </summary>
internal static class NumberLiterals
{
    public static int End(string text, int start)
    {
        var p = start;
        if (text[p] == '0' && p + 1 < text.Length && text[p + 1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            p += 2;
            while (p < text.Length && (char.IsAsciiHexDigit(text[p]) || text[p] == '_'))
            {
                p++;
            }
            return p;
        }
        p = DigitsEnd(text, p);
        if (p < text.Length && text[p] == '.')
        {
            p = DigitsEnd(text, p + 1);
        }
        if (p < text.Length && text[p] is 'e' or 'E')
        {
            var exponent = p + 1;
            if (exponent < text.Length && text[exponent] is '+' or '-')
            {
                exponent++;
            }
            if (exponent < text.Length && char.IsAsciiDigit(text[exponent]))
            {
                p = DigitsEnd(text, exponent);
            }
        }
        if (p < text.Length && text[p] is 'j' or 'J')
        {
            p++;
        }
        return p;
    }

    private static int DigitsEnd(string text, int p)
    {
        while (p < text.Length && (char.IsAsciiDigit(text[p]) || text[p] == '_'))
        {
            p++;
        }
        return p;
    }
}
