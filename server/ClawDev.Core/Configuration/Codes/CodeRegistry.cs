namespace ClawDev.Core.Configuration.Codes;

/// <summary>A set of rule codes a selector is expanded against: each tool knows its own codes, and "D" or "ALL"
/// means different sets to pydocstyle, to ruff and to ClawDev.</summary>
internal sealed class CodeRegistry
{
    private readonly HashSet<string> _codes;

    private CodeRegistry(string[] codes)
    {
        Codes = codes;
        _codes = new HashSet<string>(codes, StringComparer.Ordinal);
    }

    /// <summary>pydocstyle 6.2.3's error registry.</summary>
    public static CodeRegistry Pydocstyle { get; } = new([.. Range(100, 107), .. Range(200, 215), .. Range(300, 302), .. Range(400, 419)]);

    /// <summary>The pydocstyle rules ruff implements (it has no D302).</summary>
    public static CodeRegistry Ruff { get; } = new([.. Range(100, 107), .. Range(200, 215), .. Range(300, 301), .. Range(400, 419)]);

    /// <summary>ClawDev's own parameter rules.</summary>
    public static IReadOnlyList<string> OwnCodes { get; } =
    [
        "CD401", // a parameter the docstring never mentions although it has no parameter section
        "CD402", // a documented parameter that is not in the signature
        "CD403", // parameter entries out of signature order
    ];

    /// <summary>
    /// ClawDev's own codes on by default in a profile: in the contribution profile not CD403 (entry order), since
    /// reordering entries is the cosmetic change maintainers least welcome, and grouped entries (Hugging Face's
    /// "> Parameters that control …" groups) follow topics, not the signature.
    /// </summary>
    public static IEnumerable<string> OwnDefaultCodes(AnalysisProfile profile) =>
        profile == AnalysisProfile.Contribution ? OwnCodes.Where(code => code != "CD403") : OwnCodes;

    /// <summary>Every code ClawDev's own selections (<c>[tool.clawdev]</c>, the command line) can name.</summary>
    public static CodeRegistry ClawDev { get; } = new([.. Pydocstyle.Codes, .. OwnCodes]);

    /// <summary>The D codes ClawDev checks when no tool's configuration decides: the missing-docstring rules and D417.</summary>
    public static IReadOnlyList<string> DefaultDocstringCodes { get; } = [.. Range(100, 107), "D417"];

    /// <summary>The codes in order.</summary>
    public IReadOnlyList<string> Codes { get; }

    public bool Contains(string code) => _codes.Contains(code);

    private static string[] Range(int first, int last)
    {
        var codes = new string[last - first + 1];
        for (var number = first; number <= last; number++)
        {
            codes[number - first] = "D" + number;
        }

        return codes;
    }
}
