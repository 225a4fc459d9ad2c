namespace ClawDev.Core.Rules;

/// <summary>Every rule ClawDev knows, in the order they run on a target.</summary>
public static class RuleRegistry
{
    internal static readonly ModuleRule[] ModuleRules =
    [
        new D100_UndocumentedPublicModule(),
        new D104_UndocumentedPublicPackage(),
    ];

    /// <summary>The D1xx rules come first: a missing docstring ends the checks of a definition, as in pydocstyle.</summary>
    internal static readonly DefinitionRule[] DefinitionRules =
    [
        new D101_UndocumentedPublicClass(),
        new D102_UndocumentedPublicMethod(),
        new D103_UndocumentedPublicFunction(),
        new D105_UndocumentedMagicMethod(),
        new D106_UndocumentedPublicNestedClass(),
        new D107_UndocumentedPublicInit(),
        new D417_UndocumentedParameters(),
        new CD401_UnmentionedParameters(),
        new CD402_UnknownDocumentedParameters(),
        new CD403_ParameterEntriesOutOfOrder(),
    ];

    private static readonly RuleDoc[] AllDocs = CollectDocs();

    /// <summary>Documentation of every rule, ordered by code.</summary>
    public static IReadOnlyList<RuleDoc> Docs => AllDocs;

    /// <summary>The documentation of <paramref name="code"/> (any case), or null for an unknown code.</summary>
    public static RuleDoc? Find(string code)
    {
        foreach (var doc in AllDocs)
        {
            if (string.Equals(doc.Code, code, StringComparison.OrdinalIgnoreCase))
            {
                return doc;
            }
        }
        return null;
    }

    private static RuleDoc[] CollectDocs()
    {
        var docs = new List<RuleDoc>();
        foreach (var rule in ModuleRules)
        {
            docs.Add(rule.Doc);
        }
        foreach (var rule in DefinitionRules)
        {
            docs.Add(rule.Doc);
        }
        docs.Sort(static (a, b) => string.CompareOrdinal(a.Code, b.Code));
        return docs.ToArray();
    }
}
