using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Writing;

/// <summary>
/// Writes docstring parts in one style. Output is <see cref="DocText"/> with levels relative to the docstring's
/// indentation (whole docstrings and sections) or to an entry's column (single entries).
/// </summary>
internal abstract class StyleWriter
{
    public static StyleWriter For(DocstringStyle style) => style switch
    {
        DocstringStyle.Google => GoogleWriter.Instance,
        DocstringStyle.HuggingFace => HuggingFaceWriter.Instance,
        DocstringStyle.NumPy => NumPyWriter.Instance,
        DocstringStyle.Sphinx => SphinxWriter.Instance,
        _ => Pep257Writer.Instance,
    };

    public abstract DocstringStyle Style { get; }

    /// <summary>Levels between a section's header and its entries: 1 for Google, 0 for NumPy, Sphinx and PEP 257 lists.</summary>
    public abstract int EntryLevel { get; }

    /// <summary>Whether an entry's description starts on the line below its head (NumPy, Hugging Face).</summary>
    public abstract bool DescriptionBelowHead { get; }

    /// <summary>Whether sections are separated by a blank line; Sphinx fields form one list.</summary>
    public virtual bool BlankLineBetweenSections => true;

    /// <summary>"*args" and "**kwargs" as the style writes them.</summary>
    public virtual string WrittenName(Parameter parameter) => parameter.Kind switch
    {
        ParameterKind.VarPositional => "*" + parameter.Name,
        ParameterKind.VarKeyword => "**" + parameter.Name,
        _ => parameter.Name,
    };

    /// <summary>One parameter entry: its head at <paramref name="level"/>, description lines at level + 1.</summary>
    public abstract void Entry(DocText text, ParameterDoc parameter, int level);

    /// <summary>
    /// The type an entry writes where its layout writes types for parameters of its kind (those whose signature gives
    /// a type, or those whose signature does not: <see cref="EntryLayout.TypedWithoutSignatureType"/>): the parameter's;
    /// else, where the layout was measured on neighbours that write one, <see cref="Placeholder.UnknownType"/>, the slot
    /// they fill left for a person (a bare entry among typed ones reads as a slip). *args and **kwargs carry none unless annotated.
    /// </summary>
    protected static string? EntryType(ParameterDoc parameter, EntryLayout layout, bool measured)
    {
        if (!(ReaderParameters.TypeIsGiven(parameter.Parameter) ? layout.Typed : layout.TypedWithoutSignatureType ?? layout.Typed))
        {
            return null;
        }
        var starred = parameter.Parameter.Kind is ParameterKind.VarPositional or ParameterKind.VarKeyword;
        return parameter.Typing.Type is { } type ? Notated(type, layout)
            : measured && !starred ? Placeholder.UnknownType : null;
    }

    /// <summary>The type in the list's notation, wherever it came from: its role (":obj:`int`"), code without the
    /// generic role (":obj:`float`" is "`float`"), or no backticks at all.</summary>
    private static string Notated(string type, EntryLayout layout) =>
        layout.TypeRole is { } role ? TypeNotation.InRole(type, role)
        : layout.Backticks ? TypeNotation.WithoutObjectRoles(type)
        : TypeNotation.WithoutCodeBackticks(type);

    /// <summary>
    /// How this writer lays out an entry when no neighbour says otherwise, for styles whose entries vary (Google's
    /// family, NumPy): what measuring a list starts from. Null for styles with one way to write an entry.
    /// </summary>
    public virtual EntryLayout? LayoutPreset => null;

    /// <summary>The same style, its entries laid out as <paramref name="layout"/> (measured on the neighbours); itself for styles with one way.</summary>
    public virtual StyleWriter LaidOut(EntryLayout layout) => this;

    /// <summary>Part of an entry; only Sphinx entries have parts (a ":param" and a ":type" field).</summary>
    public virtual void Entry(DocText text, ParameterDoc parameter, int level, EntryPart part) => Entry(text, parameter, level);

    /// <summary>A parameter section: header (if the style has one) at level 0, entries at <see cref="EntryLevel"/>.</summary>
    public void ParameterSection(DocText text, IReadOnlyList<ParameterDoc> parameters)
    {
        ParameterHeader(text);
        foreach (var parameter in parameters)
        {
            Entry(text, parameter, EntryLevel);
        }
    }

    /// <summary>A whole new docstring: the summary, then a blank line and the sections.</summary>
    public DocText Docstring(DraftContent content)
    {
        var text = new DocText();
        // Never wrapped: a summary is one line (a second would read as a description without the blank line before it).
        foreach (var line in content.Summary.Split('\n'))
        {
            text.Add(0, line.TrimEnd());
        }
        var sections = new List<Action<DocText>>(4);
        if (content.Parameters.Count > 0)
        {
            sections.Add(t => ParameterSection(t, content.Parameters));
        }
        if (content.Returns is { } returns)
        {
            sections.Add(t => ValueSection(t, returns, yields: false));
        }
        if (content.Yields is { } yields)
        {
            sections.Add(t => ValueSection(t, yields, yields: true));
        }
        if (content.Raises.Count > 0)
        {
            sections.Add(t => RaisesSection(t, content.Raises));
        }
        var first = true;
        foreach (var write in sections)
        {
            var section = new DocText();
            write(section);
            if (section.Count == 0)
            {
                continue;
            }
            if (first || BlankLineBetweenSections)
            {
                text.AddBlank();
            }
            text.AddRange(section);
            first = false;
        }
        return text;
    }

    /// <summary>The parameter section's header lines; styles without headers write none.</summary>
    protected abstract void ParameterHeader(DocText text);

    /// <summary>A Returns or Yields section; writing nothing leaves it out.</summary>
    protected abstract void ValueSection(DocText text, ValueDoc value, bool yields);

    /// <summary>A Raises section; writing nothing leaves it out.</summary>
    protected abstract void RaisesSection(DocText text, IReadOnlyList<RaisedDoc> raises);
}
