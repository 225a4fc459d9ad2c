namespace ClawDev.Core.Rules.Pydocstyle;

/// <summary>
/// Port of pydocstyle 6.2.3's check_docstring_sections as far as D417 goes: which argument sections a docstring
/// has and which names each one describes.
/// </summary>
internal static class ArgumentSectionCheck
{
    /// <summary>
    /// The names described by each argument section, in order: one set per NumPy "Parameters" section, or, when
    /// the docstring has no NumPy section at all, one per Google "Args"/"Arguments" section. Any NumPy section name
    /// counts, including "Returns", "Raises", "Examples" and "Notes" (they are Google names too), so a Google
    /// docstring with a "Returns:" section is never checked: pydocstyle's behaviour, reproduced on purpose.
    /// </summary>
    /// <param name="literal">The docstring literal as written (prefix and quotes included).</param>
    /// <param name="allowStarredNames">Also read "*args:" entries in Google sections (ruff does; pydocstyle's regex does not).</param>
    public static List<HashSet<string>> DescribedNames(string literal, bool allowStarredNames)
    {
        var sections = new List<HashSet<string>>();
        var lines = PythonText.UniversalNewlines(literal).Split('\n');
        if (lines.Length < 2)
        {
            return sections;
        }
        var numpy = SectionContexts.Find(lines, SectionContexts.NumpySectionNames);
        if (numpy.Count > 0)
        {
            foreach (var section in numpy)
            {
                if (SectionContexts.TitleEquals(section.Name, "Parameters"))
                {
                    sections.Add(DocumentedArguments.FromNumpySection(lines, section));
                }
            }
            return sections;
        }
        foreach (var section in SectionContexts.Find(lines, SectionContexts.GoogleSectionNames))
        {
            if (SectionContexts.TitleEquals(section.Name, "Args") || SectionContexts.TitleEquals(section.Name, "Arguments"))
            {
                sections.Add(DocumentedArguments.FromGoogleSection(lines, section, allowStarredNames));
            }
        }
        return sections;
    }
}
