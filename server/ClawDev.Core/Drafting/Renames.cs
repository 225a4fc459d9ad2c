using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting.Grounding;
using ClawDev.Core.Drafting.Signature;
using ClawDev.Core.Python;
using ClawDev.Core.Rules;

namespace ClawDev.Core.Drafting;

/// <summary>An entry whose parameter was renamed: the entry as documented, the parameter it now stands for, and whether the working tree's diff says so.</summary>
internal sealed record Rename(DocumentedParameter Entry, Parameter Parameter, bool InDiff)
{
    public string Note => InDiff
        ? $"renamed the entry of {Entry.Name} to {Parameter.Name}: the working tree's diff renames the parameter (the last commit has {Entry.Name} where the signature now has {Parameter.Name})"
        : $"renamed the entry of {Entry.Name} to {Parameter.Name}: same place in the signature, compatible type and default";
}

/// <summary>
/// Finds renamed parameters for update-to-signature and for adding missing entries. First the working tree's diff: the last commit's definition of
/// the same name had the entry's name where the signature now has an undocumented parameter, and neither name is in
/// the other signature. Then position: an entry whose name the signature no longer has, standing where an
/// undocumented parameter now stands (same index among the documented entries and the expected parameters), with a
/// compatible documented type and default (update-to-signature only). A signature taking **kwargs accepts any name,
/// so only the diff renames there.
/// </summary>
internal static class Renames
{
    /// <param name="byPosition">Also rename by position, type and default; else only what the diff renames.</param>
    public static List<Rename> Find(DraftingSession session, DefinitionFacts target, ParsedDocstring parsed, bool byPosition)
    {
        if (target.SignatureOwner() is not { } owner)
        {
            return [];
        }
        var signature = owner.Definition.Parameters;
        var inSignature = signature.Select(static p => p.Name).ToHashSet(StringComparer.Ordinal);
        // As for every edit of a parameter list, the list ends at its first doctest: lines after it are no entries.
        var text = session.Text;
        var doctest = text.IndexOf(">>>", parsed.ContentSpan.Start, parsed.ContentSpan.Length, StringComparison.Ordinal);
        var documented = parsed.DocumentedParameters
            .Where(p => p.Entry.Names.Count == 1 && p.Entry.Description.Length > 0 && (doctest < 0 || p.Entry.Span.Start < doctest))
            .ToList();
        var documentedNames = documented.Select(static p => p.Name).ToHashSet(StringComparer.Ordinal);
        var expected = ExpectedParameters.For(target, session.ModuleFacts);
        var renames = new List<Rename>();
        var inDiff = InDiff(session, owner.Definition);
        foreach (var entry in documented)
        {
            if (!inSignature.Contains(entry.Name) && inDiff.TryGetValue(entry.Name, out var renamed) && !documentedNames.Contains(renamed)
                && expected.FirstOrDefault(p => p.Name == renamed) is { } parameter)
            {
                renames.Add(new Rename(entry, parameter, InDiff: true));
            }
        }
        if (!byPosition || signature.Any(static p => p.Kind == ParameterKind.VarKeyword))
        {
            return renames;
        }
        for (var i = 0; i < documented.Count && i < expected.Count; i++)
        {
            var entry = documented[i];
            var parameter = expected[i];
            if (!inSignature.Contains(entry.Name) && !documentedNames.Contains(parameter.Name) && Compatible(entry.Entry, parameter)
                && !renames.Any(r => r.Entry == entry || r.Parameter.Name == parameter.Name))
            {
                renames.Add(new Rename(entry, parameter, InDiff: false));
            }
        }
        return renames;
    }

    /// <summary>
    /// Old name → new name for each parameter the working tree renames: at the same index of the last commit's
    /// definition of the same qualified name and of the signature now, neither name in the other signature. Only
    /// when the count is unchanged: a parameter added or removed as well makes the pairing a guess.
    /// </summary>
    private static Dictionary<string, string> InDiff(DraftingSession session, Definition definition)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        if (session.Committed?.AllDefinitions().FirstOrDefault(d => d.QualifiedName == definition.QualifiedName) is not { } committed)
        {
            return renamed;
        }
        var before = committed.Parameters.Select(static p => p.Name).ToList();
        var now = definition.Parameters.Select(static p => p.Name).ToList();
        if (before.Count != now.Count)
        {
            return renamed;
        }
        for (var i = 0; i < now.Count; i++)
        {
            if (before[i] != now[i] && !now.Contains(before[i]) && !before.Contains(now[i]))
            {
                renamed[before[i]] = now[i];
            }
        }
        return renamed;
    }

    private static bool Compatible(DocEntry entry, Parameter parameter)
    {
        var typing = ParameterTyping.Of(parameter);
        var sameDefault = entry.Default is null || typing.StatedDefault is null || Normal(entry.Default) == Normal(typing.StatedDefault);
        return sameDefault && TypeKey.Compatible(TypeKey.Of(entry.Type), TypeKey.Of(typing.Type));
    }

    private static string Normal(string value) => value.Replace("`", "", StringComparison.Ordinal).Replace('\'', '"').Trim().TrimEnd('.');
}
