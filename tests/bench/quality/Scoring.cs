using System.Text;
using System.Text.RegularExpressions;

namespace ClawDev.Bench.Quality;

/// <summary>How a drafted entry compares with what the maintainers wrote. The judge is independent of drafting's own code.</summary>
internal static partial class Scoring
{
    /// <summary>Token F1 of two descriptions: lower-case words and numbers as multisets; two empty texts agree.</summary>
    public static double TokenF1(string drafted, string original)
    {
        var a = Tokens(drafted);
        var b = Tokens(original);
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in b)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }
        var common = 0;
        foreach (var token in a)
        {
            if (counts.GetValueOrDefault(token) > 0)
            {
                counts[token]--;
                common++;
            }
        }
        if (common == 0)
        {
            return 0;
        }
        var precision = (double)common / a.Count;
        var recall = (double)common / b.Count;
        return 2 * precision * recall / (precision + recall);
    }

    public static bool SameText(string drafted, string original) => Collapse(drafted) == Collapse(original);

    /// <summary>
    /// Types compared after normalising: backticks, "typing." and module prefixes, case ("List" = "list"),
    /// Optional/None alternatives, and the order of Union / "or" / "|" alternatives. Two absent types agree.
    /// </summary>
    public static bool SameType(string? drafted, string? original) => NormalType(drafted) == NormalType(original);

    public static bool SameDefault(string? drafted, string? original) => NormalDefault(drafted) == NormalDefault(original);

    public static string NormalType(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return "";
        }
        var text = type.Replace("`", "").Replace("*", "").Replace("~", "").Replace("[", "[ ").Replace("]", " ]").ToLowerInvariant();
        text = Or().Replace(text, "|");
        text = Prefix().Replace(text, "");
        text = Regex.Replace(text, @"\s+", "");
        var alternatives = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var alternative in Alternatives(text))
        {
            if (alternative is not ("none" or "optional" or ""))
            {
                alternatives.Add(alternative);
            }
        }
        return string.Join("|", alternatives);
    }

    private static IEnumerable<string> Alternatives(string text)
    {
        foreach (var part in SplitTopLevel(text, '|'))
        {
            if ((part.StartsWith("optional[", StringComparison.Ordinal) || part.StartsWith("union[", StringComparison.Ordinal)) && part.EndsWith(']'))
            {
                var inner = part[(part.IndexOf('[') + 1)..^1];
                foreach (var nested in SplitTopLevel(inner, ','))
                {
                    foreach (var alternative in Alternatives(nested))
                    {
                        yield return alternative;
                    }
                }
                continue;
            }
            yield return part.TrimEnd(',');
        }
    }

    private static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] is '[' or '(' ? 1 : text[i] is ']' or ')' ? -1 : 0;
            if (depth == 0 && text[i] == separator)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }
        parts.Add(text[start..]);
        return parts;
    }

    private static string NormalDefault(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }
        return value.Replace("`", "").Replace('\'', '"').Trim().TrimEnd('.').Trim();
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        foreach (Match match in Word().Matches(text))
        {
            tokens.Add(match.Value.ToLowerInvariant());
        }
        return tokens;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(part).Append(' ');
        }
        return builder.ToString().TrimEnd();
    }

    [GeneratedRegex(@"[\p{L}\p{N}_]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+or\s+")]
    private static partial Regex Or();

    [GeneratedRegex(@"\b(?:[a-z_][a-z0-9_]*\.)+(?=[a-z_])")]
    private static partial Regex Prefix();

    /// <summary>
    /// Whether a drafted entry is laid out like its neighbours: for each trait the neighbours show (description
    /// below the head, a type, backticks, how "optional" is written, where a default is stated), the draft does
    /// what most of them do (a tie accepts either). Without neighbours the maintainers' own entry is the measure.
    /// Whether it states a type is measured on the neighbours whose signature gives a type as much as the drafted
    /// parameter's does, where there are any: a list may type what the signature gives and leave the rest bare
    /// (sortedcontainers' ":param int index:" beside ":param value:").
    /// </summary>
    public static bool LaidOutLikeNeighbours(EntryLayout drafted, IReadOnlyList<EntryLayout> neighbours, EntryLayout original)
    {
        var peers = neighbours.Count > 0 ? neighbours : [original];
        var typingPeers = peers.Where(p => p.TypeGiven is not null && p.TypeGiven == original.TypeGiven).ToList() is { Count: > 0 } alike ? alike : peers;
        if ((drafted.DescriptionBelow is { } below && !Agrees(below, peers.Where(p => p.DescriptionBelow is not null).Select(p => p.DescriptionBelow!.Value)))
            || !Agrees(drafted.Typed, typingPeers.Select(p => p.Typed)))
        {
            return false;
        }
        if (drafted.Typed && drafted.Backticks is { } backticks && !Agrees(backticks, peers.Where(p => p.Typed && p.Backticks is not null).Select(p => p.Backticks!.Value)))
        {
            return false;
        }
        if (drafted.Optional is { } optional && !Agrees(optional, peers.Where(p => p.Optional is not null).Select(p => p.Optional!)))
        {
            return false;
        }
        return drafted.DefaultInHead is not { } inHead || Agrees(inHead, peers.Where(p => p.DefaultInHead is not null).Select(p => p.DefaultInHead!.Value));
    }

    /// <summary>True when no peer shows the trait, or the value is (one of) the most common among them.</summary>
    private static bool Agrees<T>(T value, IEnumerable<T> peers)
        where T : notnull
    {
        var counts = peers.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        return counts.Count == 0 || counts.GetValueOrDefault(value) == counts.Values.Max();
    }
}
