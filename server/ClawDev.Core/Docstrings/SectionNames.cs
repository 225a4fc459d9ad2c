namespace ClawDev.Core.Docstrings;

/// <summary>The section headers each style knows, matched case-insensitively as Napoleon and numpydoc do.</summary>
internal static class SectionNames
{
    // Napoleon's section names (sphinx.ext.napoleon GoogleDocstring._sections), plus "Params" which is common.
    private static readonly (string Name, SectionKind Kind)[] Google =
    [
        ("Args", SectionKind.Parameters),
        ("Arguments", SectionKind.Parameters),
        ("Parameters", SectionKind.Parameters),
        ("Params", SectionKind.Parameters),
        ("Other Parameters", SectionKind.OtherParameters),
        ("Keyword Args", SectionKind.KeywordArguments),
        ("Keyword Arguments", SectionKind.KeywordArguments),
        ("Attributes", SectionKind.Attributes),
        ("Methods", SectionKind.Methods),
        ("Returns", SectionKind.Returns),
        ("Return", SectionKind.Returns),
        ("Yields", SectionKind.Yields),
        ("Yield", SectionKind.Yields),
        ("Receives", SectionKind.Receives),
        ("Receive", SectionKind.Receives),
        ("Raises", SectionKind.Raises),
        ("Raise", SectionKind.Raises),
        ("Warns", SectionKind.Warns),
        ("Warn", SectionKind.Warns),
        ("Warning", SectionKind.Warnings),
        ("Warnings", SectionKind.Warnings),
        ("Example", SectionKind.Examples),
        ("Examples", SectionKind.Examples),
        ("Note", SectionKind.Notes),
        ("Notes", SectionKind.Notes),
        ("See Also", SectionKind.SeeAlso),
        ("References", SectionKind.References),
        ("Todo", SectionKind.Todo),
        ("Attention", SectionKind.Admonition),
        ("Caution", SectionKind.Admonition),
        ("Danger", SectionKind.Admonition),
        ("Error", SectionKind.Admonition),
        ("Hint", SectionKind.Admonition),
        ("Important", SectionKind.Admonition),
        ("Tip", SectionKind.Admonition),
    ];

    // numpydoc's sections (numpydoc.docscrape.NumpyDocString.sections), plus the singular forms people write and the
    // parameter sections Napoleon's NumpyDocstring reads under an underline too (pyasn1's "Keyword Args\n----", and its
    // "Keyword parameters").
    private static readonly (string Name, SectionKind Kind)[] NumPy =
    [
        ("Parameters", SectionKind.Parameters),
        ("Params", SectionKind.Parameters),
        ("Args", SectionKind.Parameters),
        ("Arguments", SectionKind.Parameters),
        ("Other Parameters", SectionKind.OtherParameters),
        ("Keyword Arguments", SectionKind.KeywordArguments),
        ("Keyword Args", SectionKind.KeywordArguments),
        ("Keyword Parameters", SectionKind.KeywordArguments),
        ("Attributes", SectionKind.Attributes),
        ("Methods", SectionKind.Methods),
        ("Returns", SectionKind.Returns),
        ("Yields", SectionKind.Yields),
        ("Receives", SectionKind.Receives),
        ("Raises", SectionKind.Raises),
        ("Warns", SectionKind.Warns),
        ("Warnings", SectionKind.Warnings),
        ("See Also", SectionKind.SeeAlso),
        ("Notes", SectionKind.Notes),
        ("Note", SectionKind.Notes),
        ("References", SectionKind.References),
        ("Examples", SectionKind.Examples),
        ("Example", SectionKind.Examples),
    ];

    public static bool TryGoogle(ReadOnlySpan<char> name, out SectionKind kind) => TryFind(Google, name, out kind);

    /// <summary>Whether Napoleon or pydocstyle reads a lone "name:" line as a Google header: one of their names, not
    /// "Params", which only ClawDev adds (optuna's entries write "params:" over their descriptions).</summary>
    public static bool ReadAsGoogleHeaderByTools(ReadOnlySpan<char> name) =>
        TryGoogle(name, out _) && !name.Equals("Params", StringComparison.OrdinalIgnoreCase);

    public static bool TryNumPy(ReadOnlySpan<char> name, out SectionKind kind) => TryFind(NumPy, name, out kind);

    private static bool TryFind((string Name, SectionKind Kind)[] table, ReadOnlySpan<char> name, out SectionKind kind)
    {
        foreach (var (candidate, candidateKind) in table)
        {
            if (candidate.Length == name.Length && name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidateKind;
                return true;
            }
        }
        kind = SectionKind.Other;
        return false;
    }
}
