namespace ClawDev.GitHub.Contributing;

public enum StatementKind
{
    /// <summary>A sentence of a paragraph, list item or table cell.</summary>
    Sentence,

    /// <summary>A heading.</summary>
    Heading,

    /// <summary>One line of a code block.</summary>
    CodeLine,
}

/// <summary>One sentence, heading or code line of a contribution document, where the rule detectors look.</summary>
/// <param name="Document">Relative to the repository root, '/' separators.</param>
/// <param name="Line">1-based line in the document where the statement starts.</param>
/// <param name="Text">The text, inline code kept in backticks, line breaks as spaces.</param>
/// <param name="CodeSpans">The contents of the inline code spans, in order.</param>
/// <param name="Section">The nearest heading above, or "" before the first heading.</param>
/// <param name="Lead">For a code line: the sentence just before its code block (what says why to run it).</param>
public sealed record PolicyStatement(
    string Document,
    int Line,
    string Text,
    StatementKind Kind,
    IReadOnlyList<string> CodeSpans,
    string Section,
    PolicyStatement? Lead = null)
{
    public PolicySource Source => new(Document, Line, Text);
}
