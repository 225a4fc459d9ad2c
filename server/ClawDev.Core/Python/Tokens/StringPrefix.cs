namespace ClawDev.Core.Python.Tokens;

/// <summary>The letters before a string literal's quote: any case of r, u, b, f, br, rb, fr, rf.</summary>
internal static class StringPrefix
{
    public static bool TryParse(ReadOnlySpan<char> letters, out bool raw, out bool format)
    {
        raw = false;
        format = false;
        if (letters.Length > 2)
        {
            return false;
        }
        bool bytes = false, unicode = false;
        foreach (var letter in letters)
        {
            switch (char.ToLowerInvariant(letter))
            {
                case 'r' when !raw:
                    raw = true;
                    break;
                case 'b' when !bytes:
                    bytes = true;
                    break;
                case 'f' when !format:
                    format = true;
                    break;
                case 'u' when !unicode:
                    unicode = true;
                    break;
                default:
                    return false;
            }
        }
        // u stands alone; b and f never combine.
        return !(unicode && letters.Length > 1) && !(bytes && format);
    }

    /// <summary>Number of prefix letters at the start of a STRING token's text.</summary>
    public static int LengthOf(ReadOnlySpan<char> literal)
    {
        var length = 0;
        while (length < literal.Length && literal[length] is not ('\'' or '"'))
        {
            length++;
        }
        return length;
    }
}
