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

    // Built by loops, not LINQ chains: these run at every start, and each chain's generic code is set up at its
    // first use (a few ms of a scan of an almost empty repository).

    /// <summary>pydocstyle 6.2.3's error registry.</summary>
    public static CodeRegistry Pydocstyle { get; } = new(Ranges((100, 107), (200, 215), (300, 302), (400, 419)));

    /// <summary>The pydocstyle rules ruff implements (it has no D302).</summary>
    public static CodeRegistry Ruff { get; } = new(Ranges((100, 107), (200, 215), (300, 301), (400, 419)));

    /// <summary>ClawDev's own rules' codes (those pydocstyle does not have), in code order.</summary>
    public static IReadOnlyList<string> OwnCodes { get; } = OwnOf(RuleRegistry.Codes, own: true);

    /// <summary>ClawDev's own codes on by default in a profile (each rule's descriptor says where).</summary>
    public static IEnumerable<string> OwnDefaultCodes(AnalysisProfile profile) => OwnOf(RuleRegistry.OnByDefault(profile), own: true);

    /// <summary>Every code ClawDev's own selections (<c>[tool.clawdev]</c>, the command line) can name.</summary>
    public static CodeRegistry ClawDev { get; } = new([.. Pydocstyle.Codes, .. OwnCodes]);

    /// <summary>
    /// The D codes ClawDev checks when no tool's configuration decides: its pydocstyle rules on by default in the
    /// contribution profile, the one chosen when no tool decides.
    /// </summary>
    public static IReadOnlyList<string> DefaultDocstringCodes { get; } = OwnOf(RuleRegistry.OnByDefault(AnalysisProfile.Contribution), own: false);

    /// <summary>What a selector may name, for messages: "D100-D419, CD401-CD403".</summary>
    public static string SelectableText { get; } = $"{Pydocstyle.Codes[0]}-{Pydocstyle.Codes[^1]}, {CodeListText.Format(OwnCodes)}";

    /// <summary>The codes in order.</summary>
    public IReadOnlyList<string> Codes { get; }

    public bool Contains(string code) => _codes.Contains(code);

    private static string[] Ranges(params (int First, int Last)[] ranges)
    {
        var codes = new List<string>();
        foreach (var (first, last) in ranges)
        {
            for (var number = first; number <= last; number++)
            {
                codes.Add("D" + number);
            }
        }
        return [.. codes];
    }

    /// <summary>Of <paramref name="codes"/> (in code order), ClawDev's own (<paramref name="own"/>) or pydocstyle's.</summary>
    private static List<string> OwnOf(IReadOnlyList<string> codes, bool own)
    {
        var kept = new List<string>();
        foreach (var code in codes)
        {
            if (Pydocstyle.Contains(code) != own)
            {
                kept.Add(code);
            }
        }
        return kept;
    }
}
