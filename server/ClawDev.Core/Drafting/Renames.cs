using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting.Grounding;
using ClawDev.Core.Drafting.Signature;
using ClawDev.Core.Python;
using ClawDev.Core.Rules;

namespace ClawDev.Core.Drafting;

/// <summary>An entry whose parameter was renamed: the entry as documented and the parameter it now stands for.</summary>
internal sealed record Rename(DocumentedParameter Entry, Parameter Parameter)
{
    public string Note => $"renamed the entry of {Entry.Name} to {Parameter.Name}: same place in the signature, compatible type and default";
}

/// <summary>
/// Finds renamed parameters for update-to-signature: an entry whose name the signature no longer has, standing
/// where an undocumented parameter now stands (same index among the documented entries and the expected
/// parameters), with a compatible documented type and default, is that parameter renamed. A signature taking
/// **kwargs accepts any name, so nothing there is a rename.
/// </summary>
internal static class Renames
{
    public static List<Rename> Find(DraftingSession session, DefinitionFacts target, ParsedDocstring parsed)
    {
        if (target.SignatureOwner() is not { } owner || owner.Definition.Parameters.Any(static p => p.Kind == ParameterKind.VarKeyword))
        {
            return [];
        }
        var inSignature = owner.Definition.Parameters.Select(static p => p.Name).ToHashSet(StringComparer.Ordinal);
        // As for every edit of a parameter list, the list ends at its first doctest: lines after it are no entries.
        var text = session.Text;
        var doctest = text.IndexOf(">>>", parsed.ContentSpan.Start, parsed.ContentSpan.Length, StringComparison.Ordinal);
        var documented = parsed.DocumentedParameters
            .Where(p => p.Entry.Names.Count == 1 && p.Entry.Description.Length > 0 && (doctest < 0 || p.Entry.Span.Start < doctest))
            .ToList();
        var documentedNames = documented.Select(static p => p.Name).ToHashSet(StringComparer.Ordinal);
        var expected = ExpectedParameters.For(target, session.Settings);
        var renames = new List<Rename>();
        for (var i = 0; i < documented.Count && i < expected.Count; i++)
        {
            var entry = documented[i];
            var parameter = expected[i];
            if (!inSignature.Contains(entry.Name) && !documentedNames.Contains(parameter.Name) && Compatible(entry.Entry, parameter))
            {
                renames.Add(new Rename(entry, parameter));
            }
        }
        return renames;
    }

    private static bool Compatible(DocEntry entry, Parameter parameter)
    {
        var typing = ParameterTyping.Of(parameter);
        var sameDefault = entry.Default is null || parameter.Default is null || Normal(entry.Default) == Normal(parameter.Default);
        return sameDefault && TypeKey.Compatible(TypeKey.Of(entry.Type), TypeKey.Of(typing.Type));
    }

    private static string Normal(string value) => value.Replace("`", "", StringComparison.Ordinal).Replace('\'', '"').Trim().TrimEnd('.');
}
