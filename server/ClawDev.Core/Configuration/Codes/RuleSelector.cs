namespace ClawDev.Core.Configuration.Codes;

/// <summary>A ruff-style rule selector: "ALL", a linter ("D"), a code prefix ("D1", "D10") or a code ("D102").</summary>
internal sealed record RuleSelector
{
    private RuleSelector(string text, string letters, string digits)
    {
        Text = text;
        Letters = letters;
        Digits = digits;
    }

    public string Text { get; }

    public bool IsAll => Text == "ALL";

    /// <summary>The linter part, e.g. "D" or "CD".</summary>
    public string Letters { get; }

    /// <summary>The code part, possibly empty.</summary>
    public string Digits { get; }

    /// <summary>Splits "D10" into linter "D" and code prefix "10"; null for text that is no selector at all.</summary>
    public static RuleSelector? Parse(string text)
    {
        text = text.Trim();
        if (text == "ALL")
        {
            return new RuleSelector(text, "", "");
        }

        var split = 0;
        while (split < text.Length && char.IsAsciiLetterUpper(text[split]))
        {
            split++;
        }

        var rest = text[split..];
        return split > 0 && rest.All(char.IsAsciiLetterOrDigit) ? new RuleSelector(text, text[..split], rest) : null;
    }

    /// <summary>The codes this selector stands for in <paramref name="registry"/>.</summary>
    public IEnumerable<string> Expand(CodeRegistry registry) => IsAll
        ? registry.Codes
        : registry.Codes.Where(code => code.Length > Letters.Length
            && code.StartsWith(Text, StringComparison.Ordinal)
            && char.IsAsciiDigit(code[Letters.Length]));

    /// <summary>ruff's specificity: within one selection a more specific selector overrides a less specific one
    /// (ALL &lt; linter &lt; 1-, 2-, 3-, 4-character prefix &lt; a whole code).</summary>
    public int Specificity(CodeRegistry registry) => IsAll ? 0
        : registry.Contains(Text) ? 7
        : Digits.Length == 0 ? 2
        : 2 + Math.Min(Digits.Length, 4);
}
