using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Editing;

/// <summary>How new text goes into an existing string literal so that the docstring's value says what was written.</summary>
internal enum TextEncoding
{
    /// <summary>Written as is: no backslash in it, or a raw literal.</summary>
    Verbatim,

    /// <summary>The literal gets an "r" prefix (it had no prefix and no backslash, so its value does not change).</summary>
    AddRawPrefix,

    /// <summary>Backslashes are doubled (the literal already relies on escapes).</summary>
    EscapeBackslashes,
}

/// <summary>
/// An existing docstring literal: whether it can be edited, and the edits inside its span that keep it a valid,
/// well-formed docstring after lines are added (triple quotes, closing quotes on their own line, raw prefix).
/// </summary>
internal sealed class DocstringLiteral(string text, Docstring docstring, int textEnd)
{
    public Docstring Docstring { get; } = docstring;

    public bool IsTripleQuoted => Docstring.Quote.Length == 3;

    public bool IsRaw => Docstring.Prefix.AsSpan().ContainsAny('r', 'R');

    /// <summary>Why this literal cannot be edited safely, or null.</summary>
    public string? Obstacle =>
        Docstring.IsConcatenated ? "its docstring is made of several concatenated strings; edit it by hand"
        : Docstring.Prefix.AsSpan().ContainsAny("fFbB") ? $"its docstring has the prefix '{Docstring.Prefix}', which Python does not treat as a docstring"
        : null;

    /// <summary>How new text with (or without) backslashes is written into this literal.</summary>
    public TextEncoding EncodingFor(bool newTextHasBackslash)
    {
        if (!newTextHasBackslash || IsRaw)
        {
            return TextEncoding.Verbatim;
        }
        return TakesRawPrefixForBackslash(text, Docstring) ? TextEncoding.AddRawPrefix : TextEncoding.EscapeBackslashes;
    }

    /// <summary>
    /// Whether a backslash written into this existing literal gives it an r prefix: it has no prefix and no
    /// backslash yet (doubling would make pydocstyle's D301 report it).
    /// </summary>
    public static bool TakesRawPrefixForBackslash(string text, Docstring docstring) =>
        docstring.Prefix.Length == 0 && !text.AsSpan(docstring.ContentSpan.Start, docstring.ContentSpan.Length).Contains('\\');

    public static string Encode(string fragment, TextEncoding encoding) =>
        encoding == TextEncoding.EscapeBackslashes ? fragment.Replace("\\", "\\\\", StringComparison.Ordinal) : fragment;

    /// <summary>
    /// When text is appended after the last line and the closing quotes sat on that line ("""Summary."""), moves
    /// them to a line of their own, as a multi-line docstring has them (pydocstyle D209).
    /// </summary>
    public void KeepClosingQuotesOnOwnLine(EditSet edits, string lineBreak, string indentation)
    {
        var tail = text.AsSpan(textEnd, Docstring.ContentSpan.End - textEnd);
        if (!tail.ContainsAny('\r', '\n') && edits.AddsLineBreakFrom(textEnd))
        {
            edits.Insert(Docstring.ContentSpan.End, lineBreak + indentation);
        }
    }

    /// <summary>The literal's content (between its quotes) once <paramref name="edits"/>, all inside the literal, are applied.</summary>
    public string ContentAfter(IReadOnlyList<TextEdit> edits)
    {
        var span = Docstring.Span;
        var shifted = new List<TextEdit>(edits.Count);
        foreach (var edit in edits)
        {
            shifted.Add(edit with { Replace = new TextSpan(edit.Replace.Start - span.Start, edit.Replace.End - span.Start) });
        }
        var literal = TextEdits.Apply(text.Substring(span.Start, span.Length), shifted);
        var start = 0;
        while (start < literal.Length && char.IsAsciiLetter(literal[start]))
        {
            start++;
        }
        var quote = literal.AsSpan(start).StartsWith(Docstring.Quote[0] is '"' ? "\"\"\"" : "'''") ? 3 : 1;
        return literal.Substring(start + quote, Math.Max(0, literal.Length - start - 2 * quote));
    }

    /// <summary>The edits the literal itself needs, added last: the raw prefix, and triple quotes once the content spans lines.</summary>
    public void Finish(EditSet edits, TextEncoding encoding)
    {
        if (encoding == TextEncoding.AddRawPrefix)
        {
            edits.Insert(Docstring.Span.Start, "r");
        }
        if (!IsTripleQuoted && edits.AddsLineBreakFrom(Docstring.Span.Start))
        {
            var extra = Docstring.Quote + Docstring.Quote;
            edits.Insert(Docstring.ContentSpan.Start, extra);
            edits.Insert(Docstring.ContentSpan.End, extra);
        }
    }
}
