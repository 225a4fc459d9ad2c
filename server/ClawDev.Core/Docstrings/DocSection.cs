using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>
/// A section of a docstring: a Google "Args:" block, a NumPy underlined "Parameters" block, the Sphinx fields of
/// one kind (which have no header), or free text between sections (<see cref="SectionKind.Prose"/>).
/// Spans are absolute offsets into the file.
/// </summary>
public sealed class DocSection
{
    private readonly DocSource _source;
    private readonly TextSpan _indentationSpan;
    private readonly TextSpan? _entryIndentationSpan;
    private string? _header;
    private string? _text;

    internal DocSection(
        DocSource source,
        SectionKind kind,
        TextSpan headerSpan,
        TextSpan bodySpan,
        TextSpan indentationSpan,
        TextSpan? entryIndentationSpan,
        IReadOnlyList<DocEntry> entries)
    {
        _source = source;
        Kind = kind;
        HeaderSpan = headerSpan;
        BodySpan = bodySpan;
        Span = new TextSpan(Math.Min(headerSpan.Start, bodySpan.Start), Math.Max(headerSpan.End, bodySpan.End));
        _indentationSpan = indentationSpan;
        _entryIndentationSpan = entryIndentationSpan;
        Entries = entries;
    }

    public SectionKind Kind { get; }

    /// <summary>The header's name as written, without colon or underline ("Args", "Keyword Arguments", "Parameters"); "" for Sphinx fields and prose.</summary>
    public string Header => _header ??= _source.Slice(HeaderSpan);

    /// <summary>The header's name; for sections without a header, empty at the body's start.</summary>
    public TextSpan HeaderSpan { get; }

    /// <summary>From the first to the last non-whitespace character after the header; empty (right after the header's colon or underline) when the section has no content.</summary>
    public TextSpan BodySpan { get; }

    /// <summary>From the header's first character to the body's last.</summary>
    public TextSpan Span { get; }

    /// <summary>The leading whitespace of the header line (of the first field for Sphinx).</summary>
    public string Indentation => _source.Slice(_indentationSpan);

    /// <summary>The leading whitespace of the body's first line, which entries are aligned on; null for an empty body.</summary>
    public string? EntryIndentation => _entryIndentationSpan is { } span ? _source.Slice(span) : null;

    /// <summary>The entries, for sections that list parameters, attributes, returns, raises or warns.</summary>
    public IReadOnlyList<DocEntry> Entries { get; }

    /// <summary>The body as a reader sees it (see <see cref="DocEntry.Description"/>).</summary>
    public string Text => _text ??= BodySpan.Length == 0 ? "" : _source.Normalize(BodySpan);

    public bool IsParameterSection => Kind.IsParameterKind();

    public override string ToString() => $"{Kind} \"{Header}\" {Span}";
}
