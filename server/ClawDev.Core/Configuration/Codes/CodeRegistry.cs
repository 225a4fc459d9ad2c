using ClawDev.Core.Rules;

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

    /// <summary>ClawDev's own rules' codes (those pydocstyle does not have), in code order.</summary>
    public static IReadOnlyList<string> OwnCodes { get; } =
        [.. RuleRegistry.Descriptors.Select(static rule => rule.Code).Where(static code => !Pydocstyle.Contains(code)).Order(Comparer<string>.Create(CodeListText.Compare))];

    /// <summary>ClawDev's own codes on by default in a profile (each rule's descriptor says where).</summary>
    public static IEnumerable<string> OwnDefaultCodes(AnalysisProfile profile) =>
        RuleRegistry.OnByDefault(profile).Where(static code => !Pydocstyle.Contains(code));

    /// <summary>Every code ClawDev's own selections (<c>[tool.clawdev]</c>, the command line) can name.</summary>
    public static CodeRegistry ClawDev { get; } = new([.. Pydocstyle.Codes, .. OwnCodes]);

    /// <summary>
    /// The D codes ClawDev checks when no tool's configuration decides: its pydocstyle rules on by default in the
    /// contribution profile, the one chosen when no tool decides.
    /// </summary>
    public static IReadOnlyList<string> DefaultDocstringCodes { get; } =
        [.. RuleRegistry.OnByDefault(AnalysisProfile.Contribution).Where(static code => Pydocstyle.Contains(code))];

    /// <summary>What a selector may name, for messages: "D100-D419, CD401-CD403".</summary>
    public static string SelectableText { get; } = $"{Pydocstyle.Codes[0]}-{Pydocstyle.Codes[^1]}, {CodeListText.Format(OwnCodes)}";

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
