using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>
/// One entry of a section: a parameter ("x (int, optional): ..."), several parameters sharing a line in NumPy
/// ("x1, x2 : int"), a return value, an exception. Spans are absolute offsets into the file; text properties
/// other than <see cref="Description"/> are exact slices of their spans.
/// </summary>
public sealed class DocEntry
{
    private readonly DocSource _source;
    private string? _type;
    private string? _default;
    private string? _description;

    internal DocEntry(
        DocSource source,
        TextSpan span,
        IReadOnlyList<TextSpan> nameSpans,
        TypeSpec typeSpec,
        TextSpan descriptionSpan,
        IReadOnlyList<SphinxField>? fields = null)
    {
        _source = source;
        Span = span;
        NameSpans = nameSpans;
        Names = SliceAll(source, nameSpans);
        TypeSpan = LocalToSpan(source, typeSpec.TypeStart, typeSpec.TypeEnd);
        OptionalSpan = LocalToSpan(source, typeSpec.OptionalStart, typeSpec.OptionalEnd);
        DescriptionSpan = descriptionSpan;
        DefaultSpan = LocalToSpan(source, typeSpec.DefaultStart, typeSpec.DefaultEnd) ?? DescribedDefault(source, nameSpans, descriptionSpan);
        Fields = fields ?? [];
    }

    /// <summary>From the first character of the entry (name, type or field marker) to the end of its last non-blank line.</summary>
    public TextSpan Span { get; }

    /// <summary>The names as written, stars and escapes kept ("*args", "x1"). Empty for return values and exceptions.</summary>
    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<TextSpan> NameSpans { get; }

    /// <summary>The first name, or null.</summary>
    public string? Name => Names.Count > 0 ? Names[0] : null;

    /// <summary>The type as written ("`torch.Tensor` of shape `(batch, seq)`", "int or None"); for exceptions the class.</summary>
    public string? Type => TypeSpan is { } span ? _type ??= WithoutContinuations(_source.Slice(span)) : null;

    /// <summary>A type continued over lines with a backslash at their ends, as one line: Python joins them in the
    /// docstring's value. Other line breaks stay.</summary>
    internal static string WithoutContinuations(string type)
    {
        var joined = new System.Text.StringBuilder(type.Length);
        for (var i = 0; i < type.Length; i++)
        {
            // A backslash, spaces after it, then a line break (LF, CRLF or CR): the break and the next line's
            // indentation become one space, and spaces before the backslash go too.
            var after = i + 1;
            while (type[i] == '\\' && after < type.Length && type[after] is ' ' or '\t')
            {
                after++;
            }
            if (type[i] == '\\' && after < type.Length && type[after] is '\r' or '\n')
            {
                while (joined.Length > 0 && joined[^1] is ' ' or '\t')
                {
                    joined.Length--;
                }
                i = after;
                while (i + 1 < type.Length && char.IsWhiteSpace(type[i + 1]))
                {
                    i++;
                }
                joined.Append(' ');
                continue;
            }
            joined.Append(type[i]);
        }
        return joined.ToString();
    }

    public TextSpan? TypeSpan { get; }

    /// <summary>True when the type part says "optional" (or "*optional*").</summary>
    public bool IsOptional => OptionalSpan is not null;

    public TextSpan? OptionalSpan { get; }

    /// <summary>
    /// The default as written: from the type part ("defaults to 8", "default: 'a'"), else from a phrase in the
    /// description ("Defaults to None.", "Default is 50."). Only for named entries.
    /// </summary>
    public string? Default => DefaultSpan is { } span ? _default ??= _source.Slice(span) : null;

    public TextSpan? DefaultSpan { get; }

    /// <summary>
    /// The description as a reader sees it: continuation lines without their common indentation, lines joined
    /// with "\n". Empty when there is none.
    /// </summary>
    public string Description => _description ??= DescriptionSpan.Length == 0 ? "" : _source.Normalize(DescriptionSpan);

    /// <summary>From the description's first to its last non-whitespace character; empty (at the end of the entry's first line) when there is none.</summary>
    public TextSpan DescriptionSpan { get; }

    /// <summary>Sphinx only: the field lines that made this entry (":param int x:", ":type x:", ...), in source order.</summary>
    public IReadOnlyList<SphinxField> Fields { get; }

    /// <summary>Whether one of this entry's names denotes <paramref name="parameterName"/> ("kwargs" matches "**kwargs").</summary>
    public bool Documents(string parameterName)
    {
        foreach (var name in Names)
        {
            if (ParameterNames.Matches(name, parameterName))
            {
                return true;
            }
        }
        return false;
    }

    private static string[] SliceAll(DocSource source, IReadOnlyList<TextSpan> spans)
    {
        if (spans.Count == 0)
        {
            return [];
        }
        var names = new string[spans.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = source.Slice(spans[i]);
        }
        return names;
    }

    private static TextSpan? DescribedDefault(DocSource source, IReadOnlyList<TextSpan> nameSpans, TextSpan description)
    {
        if (nameSpans.Count == 0 || description.Length == 0)
        {
            return null;
        }
        var (start, end) = DefaultPhrase.Find(source.Text, description.Start - source.Delta, description.End - source.Delta);
        return LocalToSpan(source, start, end);
    }

    private static TextSpan? LocalToSpan(DocSource source, int start, int end) =>
        start < 0 ? null : source.Span(start, end);
}
