using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>The Sphinx fields gathered for one entry (":param int x:" with ":type x:", ":returns:" with ":rtype:").</summary>
internal sealed class SphinxEntryGroup(SectionKind section, string? key, int firstLine)
{
    private readonly List<SphinxField> _fields = [];
    private TextSpan? _description;

    public SectionKind Section { get; } = section;

    /// <summary>The normalised name fields are matched on; null for entries that never merge (raises, unknown fields).</summary>
    public string? Key { get; } = key;

    public int FirstLine { get; private set; } = firstLine;
    public int LastLine { get; private set; } = firstLine;

    /// <summary>Whether a :param:/:keyword:/:var: field (not only a :type:) made this entry.</summary>
    public bool HasMain { get; set; }

    public TextSpan? Name { get; set; }
    public TypeSpec Type { get; set; } = TypeSpec.None;

    public void Add(SphinxField field, int firstLine, int lastLine)
    {
        _fields.Add(field);
        FirstLine = Math.Min(FirstLine, firstLine);
        LastLine = Math.Max(LastLine, lastLine);
    }

    public void SetDescription(TextSpan body, bool hasBody)
    {
        if (hasBody && _description is null)
        {
            _description = body;
        }
    }

    public DocEntry ToEntry(DocSource source)
    {
        var start = int.MaxValue;
        var end = int.MinValue;
        foreach (var field in _fields)
        {
            start = Math.Min(start, field.Span.Start);
            end = Math.Max(end, field.Span.End);
        }
        var span = new TextSpan(start, end);
        TextSpan[] names = Name is { } name ? [name] : [];
        return new DocEntry(source, span, names, Type, _description ?? new TextSpan(end, end), _fields);
    }
}
