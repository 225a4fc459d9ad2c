using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>
/// A docstring split into summary, description and sections, with every part's absolute span in the file, so
/// rules can point at an entry and edits can add entries while keeping every other byte.
/// </summary>
public sealed class ParsedDocstring
{
    private readonly DocSource _source;
    private string? _summary;
    private string? _description;
    private IReadOnlyList<DocumentedParameter>? _parameters;

    internal ParsedDocstring(
        DocSource source,
        StyleDetection detection,
        TextSpan summarySpan,
        TextSpan descriptionSpan,
        IReadOnlyList<DocSection> sections,
        string lineBreak)
    {
        _source = source;
        Detection = detection;
        SummarySpan = summarySpan;
        DescriptionSpan = descriptionSpan;
        Sections = sections;
        LineBreak = lineBreak;
        ContentSpan = source.Span(source.Start, source.End);
        TextEnd = DocScanner.TrimEnd(source.Text, source.Start, source.End) + source.Delta;
    }

    public DocstringStyle Style => Detection.Style;

    public StyleDetection Detection { get; }

    /// <summary>The content between the quotes.</summary>
    public TextSpan ContentSpan { get; }

    /// <summary>Just after the content's last non-whitespace character (the content's start when it is blank): where a new section is appended.</summary>
    public int TextEnd { get; }

    /// <summary>The first line break in the content ("\n" when there is none), for edits that add lines.</summary>
    public string LineBreak { get; }

    /// <summary>The first paragraph before any section, as a reader sees it (see <see cref="DocEntry.Description"/>); "" when there is none.</summary>
    public string Summary => _summary ??= SummarySpan.Length == 0 ? "" : _source.Normalize(SummarySpan);

    /// <summary>From the summary's first to its last non-whitespace character; empty at the content's start when there is none.</summary>
    public TextSpan SummarySpan { get; }

    /// <summary>The paragraphs between the summary and the first section; "" when there are none.</summary>
    public string Description => _description ??= DescriptionSpan.Length == 0 ? "" : _source.Normalize(DescriptionSpan);

    /// <summary>From the description's first to its last non-whitespace character; empty at the summary's end when there is none.</summary>
    public TextSpan DescriptionSpan { get; }

    /// <summary>Sections in source order, prose between them included.</summary>
    public IReadOnlyList<DocSection> Sections { get; }

    /// <summary>True when the content is blank.</summary>
    public bool IsEmpty => TextEnd == ContentSpan.Start;

    /// <summary>Parameters, Other Parameters and Keyword Arguments sections (Sphinx :param:/:keyword: groups), in source order.</summary>
    public IEnumerable<DocSection> ParameterSections => Sections.Where(static s => s.IsParameterSection);

    /// <summary>Nothing but the first paragraph: no description, no sections.</summary>
    public bool IsSummaryOnly => Sections.Count == 0 && Description.Length == 0;

    /// <summary>Whether the docstring has any section documenting parameters, even an empty one.</summary>
    public bool HasParameterSection
    {
        get
        {
            foreach (var section in Sections)
            {
                if (section.IsParameterSection)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>Every documented parameter name, in source order; "x1, x2 : int" gives two.</summary>
    public IReadOnlyList<DocumentedParameter> DocumentedParameters => _parameters ??= CollectParameters();

    /// <summary>The normalised names of <see cref="DocumentedParameters"/> ("args", not "*args"), in source order.</summary>
    public IReadOnlyList<string> DocumentedParameterNames
    {
        get
        {
            var parameters = DocumentedParameters;
            var names = new string[parameters.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = parameters[i].Name;
            }
            return names;
        }
    }

    /// <summary>The first entry documenting <paramref name="name"/> ("kwargs", "**kwargs" and "\*\*kwargs" all match), or null.</summary>
    public DocEntry? FindParameter(string name)
    {
        var normalized = ParameterNames.Normalize(name);
        foreach (var parameter in DocumentedParameters)
        {
            if (parameter.Name == normalized)
            {
                return parameter.Entry;
            }
        }
        return null;
    }

    /// <summary>The first section of a kind, or null.</summary>
    public DocSection? FindSection(SectionKind kind)
    {
        foreach (var section in Sections)
        {
            if (section.Kind == kind)
            {
                return section;
            }
        }
        return null;
    }

    private List<DocumentedParameter> CollectParameters()
    {
        var parameters = new List<DocumentedParameter>();
        foreach (var section in Sections)
        {
            if (!section.IsParameterSection)
            {
                continue;
            }
            foreach (var entry in section.Entries)
            {
                for (var i = 0; i < entry.Names.Count; i++)
                {
                    var written = entry.Names[i];
                    parameters.Add(new DocumentedParameter(ParameterNames.Normalize(written), written, entry.NameSpans[i], entry, section));
                }
            }
        }
        return parameters;
    }
}
