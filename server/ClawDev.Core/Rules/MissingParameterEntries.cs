using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Rules;

/// <summary>
/// The contribution profile's reading of parameter documentation (D417 there): a parameter is missing when the
/// documentation has a parameter section in any style — Google/Hugging Face "Args:", "Arguments:", "Parameters:",
/// "Keyword Args:", "Other Parameters:", NumPy sections, Sphinx ":param x:" — and no entry names it, whatever other
/// sections exist and wherever else the name is mentioned. A Sphinx field list counts as a parameter section even
/// without a ":param" field (a docstring documenting ":returns:" with fields documents its parameters so too). The docstring is read by <see cref="DocstringParser"/>,
/// the parser drafting uses, so every finding has entries to draft; "a (…), b (…):" entries count for each name.
/// The class docstring and the __init__ docstring document the constructor together (either may hold the
/// entries); the one with a parameter section reports, __init__'s when both have one. What decorators supply
/// counts too; when what they supply is unknown, nothing is reported. Private definitions are checked too: completing
/// a parameter section someone wrote is welcome wherever it stands (asking for new docstrings is another matter),
/// also where its prose refers to another callable ("Like :meth:`add` but removes an existing key first." above
/// werkzeug's entries for both parameters).
/// </summary>
public static class MissingParameterEntries
{
    /// <summary>The message of a finding about <paramref name="missing"/>.</summary>
    public static string Message(IReadOnlyList<string> missing) =>
        $"Missing argument descriptions in the docstring: {string.Join(", ", missing)} (its parameter section has no entry for them)";

    /// <summary>The documentable parameters without an entry, in signature order; empty when the rule does not apply.</summary>
    internal static List<string> Of(DefinitionFacts definition, ModuleFacts module)
    {
        if (definition.Docstring is null
            || definition.SignatureOwner() is not { } owner
            || definition.ParseDocstring(module) is not { } parsed
            || !HasParameterSection(parsed)
            || CommandLineCommand.DocumentsItsParameters(owner.Definition))
        {
            return [];
        }
        var companion = definition.IsInit ? definition.Parent : owner == definition ? null : owner;
        var companionParsed = companion?.Docstring is null ? null : companion.ParseDocstring(module);
        if (!definition.IsFunctionLike && companionParsed is not null && HasParameterSection(companionParsed))
        {
            return []; // __init__'s own parameter section reports them
        }
        var documented = new HashSet<string>(parsed.DocumentedParameterNames, StringComparer.Ordinal);
        if (companionParsed is not null)
        {
            documented.UnionWith(companionParsed.DocumentedParameterNames);
        }
        foreach (var supplier in new[] { definition, companion })
        {
            if (supplier?.Supplied(module) is { } supplied)
            {
                if (supplied.ParameterNames is null)
                {
                    return [];
                }
                documented.UnionWith(supplied.ParameterNames);
            }
        }
        var missing = new List<string>();
        foreach (var parameter in SignatureParameters.Documentable(owner, module.Settings.Parameters))
        {
            // A name added here is missing once: a parameter named twice (mid-typing) is not listed twice.
            if (documented.Add(parameter.Name))
            {
                missing.Add(parameter.Name);
            }
        }
        return missing;
    }

    /// <summary>Whether the docstring has a parameter section as this rule reads it: one in any style, or a Sphinx
    /// field list (CD401 speaks only where there is none).</summary>
    internal static bool HasParameterSection(ParsedDocstring parsed) => parsed.HasParameterSection || IsSphinxFieldList(parsed);

    /// <summary>A Sphinx docstring with fields (":returns:", ":raises E:", ":rtype:"…).</summary>
    private static bool IsSphinxFieldList(ParsedDocstring parsed) =>
        parsed.Style == DocstringStyle.Sphinx && parsed.Sections.Any(static section => section.Kind is SectionKind.Returns or SectionKind.Yields or SectionKind.Raises);
}
