using ClawDev.GitHub.Issues.Ranking;

namespace ClawDev.GitHub.Issues.Mentions;

/// <summary>
/// Mentions of a module and its symbols in an issue's title and body. Names are matched case-sensitively at
/// identifier boundaries. A qualified name ("Trainer.train") may be preceded by its module ("trainer.Trainer.train").
/// A bare name counts when it looks like code by itself ("Trainer", "get_scheduler"); a plain lower-case word
/// ("train", "forward") only counts written as code: "`train`" or "train(". Dunder names never count bare.
/// A symbol written as the qualifier of a member ("Trainer" in "Trainer.train") is that member's mention, not its own.
/// </summary>
internal static class SymbolMentions
{
    public static IEnumerable<Evidence> Find(string title, string body, CodeContext context)
    {
        if (context.ModuleName.Contains('.') && FindName(title, body, context.ModuleName, requireCodeForm: false, asQualifier: true) is { })
        {
            yield return new Evidence(EvidenceKind.Module, context.ModuleName, false, false, $"mentions module `{context.ModuleName}`");
        }
        var seen = new HashSet<(EvidenceKind, string)>();
        foreach (var (symbol, nearCursor) in Symbols(context))
        {
            if (SymbolEvidence(title, body, symbol, nearCursor) is { } evidence && seen.Add((evidence.Kind, evidence.Subject)))
            {
                yield return evidence;
            }
        }
    }

    private static IEnumerable<(string Symbol, bool NearCursor)> Symbols(CodeContext context)
    {
        var near = context.SymbolsNearCursor.ToHashSet(StringComparer.Ordinal);
        return context.SymbolsNearCursor.Select(s => (s, true))
            .Concat(context.SymbolsInFile.Where(s => !near.Contains(s)).Select(s => (s, false)));
    }

    private static Evidence? SymbolEvidence(string title, string body, string qualifiedName, bool nearCursor)
    {
        var bare = qualifiedName[(qualifiedName.LastIndexOf('.') + 1)..];
        if (bare != qualifiedName && FindName(title, body, qualifiedName, requireCodeForm: false, asQualifier: false) is { } inTitle)
        {
            return new Evidence(EvidenceKind.QualifiedSymbol, qualifiedName, inTitle, nearCursor, $"mentions `{qualifiedName}` {Where(inTitle)}");
        }
        if (bare.Length < 3 || (bare.StartsWith("__", StringComparison.Ordinal) && bare.EndsWith("__", StringComparison.Ordinal)))
        {
            return null;
        }
        return FindName(title, body, bare, requireCodeForm: !LooksLikeCode(bare), asQualifier: false) is { } bareInTitle
            ? new Evidence(EvidenceKind.BareSymbol, bare, bareInTitle, nearCursor, $"mentions `{bare}` {Where(bareInTitle)}")
            : null;
    }

    private static string Where(bool inTitle) => inTitle ? "in the title" : "in the body";

    /// <summary>True when found in the title, false when only in the body, null when in neither.</summary>
    /// <param name="asQualifier">A module: it counts when written before a member ("transformers.trainer.Trainer"),
    /// but not after something else ("x.transformers.trainer"). A symbol: the other way round.</param>
    private static bool? FindName(string title, string body, string name, bool requireCodeForm, bool asQualifier)
    {
        if (Contains(title, name, requireCodeForm, asQualifier))
        {
            return true;
        }
        return Contains(body, name, requireCodeForm, asQualifier) ? false : null;
    }

    /// <summary>A name with an upper-case letter, a digit or an inner underscore cannot be an English word.</summary>
    private static bool LooksLikeCode(string name) =>
        name.Any(c => char.IsUpper(c) || char.IsDigit(c)) || name.Trim('_').Contains('_');

    private static bool Contains(string text, string name, bool requireCodeForm, bool asQualifier)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var before = at > 0 ? text[at - 1] : ' ';
            var end = at + name.Length;
            var after = end < text.Length ? text[end] : ' ';
            var qualifiesMember = after == '.' && end + 1 < text.Length && IsIdentifierCharacter(text[end + 1]);
            if (IsIdentifierCharacter(before) || IsIdentifierCharacter(after) || (asQualifier ? before == '.' : qualifiesMember))
            {
                continue;
            }
            if (!requireCodeForm || after == '(' || (before == '`' && after == '`'))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsIdentifierCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';
}
