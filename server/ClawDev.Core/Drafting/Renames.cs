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
/// undocumented parameter now stands (between the same two documented parameters), with a compatible documented type
/// and default (update-to-signature only). A signature taking **kwargs accepts any name,
/// so only the diff renames there.
/// </summary>
internal static class Renames
{
    private const int Unknown = int.MinValue;

    /// <param name="byPosition">Also rename by position, type and default; else only what the diff renames.</param>
    public static List<Rename> Find(DraftingSession session, DefinitionFacts target, ParsedDocstring parsed, bool byPosition)
    {
        if (target.SignatureOwner() is not { } owner)
        {
            return [];
        }
        var signature = owner.Definition.Parameters;
        var inSignature = signature.Select(static p => p.Name).ToHashSet(StringComparer.Ordinal);
        var text = session.Text;
        var documented = parsed.DocumentedParameters
            .Where(p => p.Entry.Names.Count == 1 && p.Entry.Description.Length > 0 && !AfterDoctest(text, p))
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
        // Position: the stale entries between two entries of expected parameters pair with the undocumented parameters
        // between those two in the signature. A documented parameter not expected (pydantic's private `_cls`) or one
        // never documented elsewhere in the list moves nothing; an entry that stays without a parameter (an attribute
        // the class declares) leaves the place of the stale entries after it unknown.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < expected.Count; i++)
        {
            index.TryAdd(expected[i].Name, i);
        }
        var allDocumented = parsed.DocumentedParameters.Select(static p => p.Name).ToHashSet(StringComparer.Ordinal);
        var gaps = new List<(List<DocumentedParameter> Stale, int From, int To)>();
        var gap = new List<DocumentedParameter>();
        var gapStart = -1;
        foreach (var entry in parsed.DocumentedParameters)
        {
            if (index.TryGetValue(entry.Name, out var at))
            {
                gaps.Add((gap, gapStart, at));
                (gap, gapStart) = ([], at);
            }
            else if (inSignature.Contains(entry.Name))
            {
                continue;
            }
            else if (documented.Contains(entry) && !renames.Any(r => r.Entry == entry) && !SignatureParameters.KeptWithoutParameter(target, session.Settings, entry.Name, inSignature.Contains))
            {
                gap.Add(entry);
            }
            else
            {
                (gap, gapStart) = ([], Unknown);
            }
        }
        gaps.Add((gap, gapStart, expected.Count));
        bool IsFresh(Parameter p) => !allDocumented.Contains(p.Name) && !renames.Any(r => r.Parameter.Name == p.Name);
        // Position alone pairs them when an entry of a parameter closes the gap, or when there are as many stale
        // entries as new parameters in all. Otherwise (the list's tail: parameters appended undocumented, entries in
        // another order than the signature's, as sympy's encipher_shift documents key before msg) another new
        // parameter might be the renamed one, and the entry's own type or default has to say it is this one.
        var balanced = gaps.Sum(static g => g.Stale.Count) == expected.Count(IsFresh);
        foreach (var (stale, from, to) in gaps)
        {
            if (stale.Count == 0 || from == Unknown || to <= from)
            {
                continue;
            }
            var fresh = expected.Skip(from + 1).Take(to - from - 1).Where(IsFresh).ToList();
            for (var k = 0; k < stale.Count; k++)
            {
                var entry = stale[k];
                Parameter? parameter;
                if (fresh.Count == stale.Count)
                {
                    var byPlace = balanced || to < expected.Count;
                    parameter = (byPlace ? Compatible(entry.Entry, fresh[k]) : Matches(entry.Entry, fresh[k])) ? fresh[k] : null;
                }
                else
                {
                    parameter = fresh.Where(p => Matches(entry.Entry, p)).ToList() is [var only] && stale.Count(e => Matches(e.Entry, only)) == 1 ? only : null;
                }
                if (parameter is not null && !renames.Any(r => r.Parameter.Name == parameter.Name))
                {
                    renames.Add(new Rename(entry, parameter, InDiff: false));
                }
            }
        }
        return renames;
    }

    /// <summary>
    /// Old name → new name for each parameter the working tree renames: at the same index of the last commit's
    /// definition of the same qualified name and of the signature now, neither name in the other signature. Only
    /// when the count is unchanged: a parameter added or removed as well makes the pairing a guess. A name defined
    /// several times (pydantic's <c>Field</c>: its <c>@overload</c> stubs, then the function) pairs the nth
    /// definition with the nth.
    /// </summary>
    private static Dictionary<string, string> InDiff(DraftingSession session, Definition definition)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        if (session.Committed is not { } module)
        {
            return renamed;
        }
        var nth = session.Module.AllDefinitions().Where(d => d.QualifiedName == definition.QualifiedName).TakeWhile(d => d != definition).Count();
        if (module.AllDefinitions().Where(d => d.QualifiedName == definition.QualifiedName).ElementAtOrDefault(nth) is not { } committed)
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

    /// <summary>
    /// As for every edit of a parameter list, a section's list ends at its first doctest: lines after it are no
    /// entries. A doctest before the section (trl's trainers show their use above "Args:") ends nothing.
    /// </summary>
    private static bool AfterDoctest(string text, DocumentedParameter parameter)
    {
        var start = parameter.Section.BodySpan.Start;
        return parameter.Entry.Span.Start > start && text.IndexOf(">>>", start, parameter.Entry.Span.Start - start, StringComparison.Ordinal) >= 0;
    }

    private static bool Compatible(DocEntry entry, Parameter parameter)
    {
        var typing = ParameterTyping.Of(parameter);
        var sameDefault = entry.Default is null || typing.StatedDefault is null || Normal(entry.Default) == Normal(typing.StatedDefault);
        return sameDefault && TypeKey.Compatible(TypeKey.Of(entry.Type), TypeKey.Of(typing.Type));
    }

    /// <summary>Compatible, and the entry and the parameter both state a type or both a default: nothing merely unsaid.</summary>
    private static bool Matches(DocEntry entry, Parameter parameter)
    {
        var typing = ParameterTyping.Of(parameter);
        return Compatible(entry, parameter) && ((entry.Type is not null && typing.Type is not null) || (entry.Default is not null && typing.StatedDefault is not null));
    }

    private static string Normal(string value) => value.Replace("`", "", StringComparison.Ordinal).Replace('\'', '"').Trim().TrimEnd('.');
}
