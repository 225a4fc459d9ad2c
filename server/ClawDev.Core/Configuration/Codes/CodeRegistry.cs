namespace ClawDev.Core.Configuration.Codes;

/// <summary>A set of rule codes a selector is expanded against: each tool knows its own codes, and "D" or "ALL"
/// means different sets to pydocstyle, to ruff and to ClawDev.</summary>
internal sealed class CodeRegistry
{
    private readonly HashSet<string> _codes;

    private CodeRegistry(IEnumerable<string> codes)
    {
        Codes = [.. codes.Distinct().Order(StringComparer.Ordinal)];
        _codes = [.. Codes];
    }

    /// <summary>pydocstyle 6.2.3's error registry.</summary>
    public static CodeRegistry Pydocstyle { get; } = new(
        [.. Range("D", 100, 107), .. Range("D", 200, 215), .. Range("D", 300, 302), .. Range("D", 400, 419)]);

    /// <summary>The pydocstyle rules ruff implements (it has no D302).</summary>
    public static CodeRegistry Ruff { get; } = new(
        [.. Range("D", 100, 107), .. Range("D", 200, 215), .. Range("D", 300, 301), .. Range("D", 400, 419)]);

    /// <summary>ClawDev's own parameter rules.</summary>
    public static IReadOnlyList<string> OwnCodes { get; } =
    [
        "CD401", // a parameter the docstring never mentions although it has no parameter section
        "CD402", // a documented parameter that is not in the signature
        "CD403", // parameter entries out of signature order
    ];

    /// <summary>Every code ClawDev's own selections (<c>[tool.clawdev]</c>, the command line) can name.</summary>
    public static CodeRegistry ClawDev { get; } = new([.. Pydocstyle.Codes, .. OwnCodes]);

    /// <summary>The D codes ClawDev checks when no tool's configuration decides: the missing-docstring rules and D417.</summary>
    public static IReadOnlyList<string> DefaultDocstringCodes { get; } = [.. Range("D", 100, 107), "D417"];

    public IReadOnlyList<string> Codes { get; }

    public bool Contains(string code) => _codes.Contains(code);

    private static IEnumerable<string> Range(string letters, int first, int last) =>
        Enumerable.Range(first, last - first + 1).Select(number => letters + number);
}
