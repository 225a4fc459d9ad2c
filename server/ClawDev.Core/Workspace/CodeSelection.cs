using ClawDev.Core.Configuration;

namespace ClawDev.Core.Workspace;

/// <summary>
/// A command line's --select and --ignore, applied on top of what the repository's configuration enables.
/// Each entry is a rule code or a prefix of codes ("D1" is D100–D107, "ALL" is every rule), as in ruff.
/// --select replaces the configured set; --ignore then removes from it.
/// </summary>
public sealed class CodeSelection
{
    public static readonly CodeSelection FromConfiguration = new(null, new HashSet<string>());

    private readonly IReadOnlySet<string>? _selected;
    private readonly IReadOnlySet<string> _ignored;

    private CodeSelection(IReadOnlySet<string>? selected, IReadOnlySet<string> ignored)
    {
        _selected = selected;
        _ignored = ignored;
    }

    /// <summary>Resolves the entries against <paramref name="knownCodes"/>; an entry that names no known rule is an error.</summary>
    /// <param name="select">Null when --select was not given.</param>
    /// <param name="error">A message naming the unknown entries, when false is returned.</param>
    public static bool TryCreate(
        IReadOnlyList<string>? select,
        IReadOnlyList<string> ignore,
        IReadOnlyCollection<string> knownCodes,
        out CodeSelection selection,
        out string? error)
    {
        var unknown = new List<string>();
        var selected = select is null ? null : Resolve(select, knownCodes, unknown);
        var ignored = Resolve(ignore, knownCodes, unknown);
        if (unknown.Count > 0)
        {
            selection = FromConfiguration;
            error = $"unknown rule code{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown)} (known: {string.Join(", ", knownCodes.Order(StringComparer.Ordinal))})";
            return false;
        }
        selection = new CodeSelection(selected, ignored);
        error = null;
        return true;
    }

    public bool IsFromConfiguration => _selected is null && _ignored.Count == 0;

    public FileSettings Apply(FileSettings settings)
    {
        if (IsFromConfiguration)
        {
            return settings;
        }
        var codes = new HashSet<string>(_selected ?? settings.EnabledCodes, StringComparer.Ordinal);
        codes.ExceptWith(_ignored);
        return settings with { EnabledCodes = codes };
    }

    /// <summary>Splits "D102,D103" and repeated options into entries, upper-cased.</summary>
    public static IReadOnlyList<string> ParseEntries(IEnumerable<string> values) =>
        [.. values
            .SelectMany(v => v.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToUpperInvariant())];

    private static HashSet<string> Resolve(IReadOnlyList<string> entries, IReadOnlyCollection<string> knownCodes, List<string> unknown)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var before = codes.Count;
            foreach (var code in knownCodes)
            {
                if (entry == "ALL" || code.StartsWith(entry, StringComparison.Ordinal))
                {
                    codes.Add(code);
                }
            }
            if (codes.Count == before && !knownCodes.Any(code => code.StartsWith(entry, StringComparison.Ordinal)))
            {
                unknown.Add(entry);
            }
        }
        return codes;
    }
}
