using ClawDev.Core.Python;

namespace ClawDev.Core.Docstrings;

/// <summary>
/// Parses a docstring's raw content (the source text between its quotes, escapes unprocessed, so every span maps
/// to the file) into summary, description, sections and entries, detecting its style on the way. Linear in the
/// docstring's length, line based, no regexes; never throws on any content.
/// </summary>
public static class DocstringParser
{
    /// <param name="content">The raw content between the quotes, as it stands in the file.</param>
    /// <param name="contentOffset">The file offset where <paramref name="content"/> starts; every span is shifted by it.</param>
    /// <param name="preferredStyle">Breaks ties between styles (the repository's dominant style); Plain for none.</param>
    public static ParsedDocstring Parse(string content, int contentOffset, DocstringStyle preferredStyle = DocstringStyle.Plain)
    {
        content ??= "";
        return Parse(new DocSource(content, 0, content.Length, contentOffset), preferredStyle);
    }

    /// <summary>Parses the content at <paramref name="contentSpan"/> of the whole file text, without copying it.</summary>
    public static ParsedDocstring Parse(string fileText, TextSpan contentSpan, DocstringStyle preferredStyle = DocstringStyle.Plain) =>
        Parse(Source(fileText ?? "", contentSpan), preferredStyle);

    private static DocSource Source(string fileText, TextSpan contentSpan)
    {
        var start = Math.Clamp(contentSpan.Start, 0, fileText.Length);
        var end = Math.Clamp(contentSpan.End, start, fileText.Length);
        return new DocSource(fileText, start, end, 0);
    }

    /// <summary>Parses a docstring the Python front end found in <paramref name="fileText"/>.</summary>
    public static ParsedDocstring Parse(string fileText, Docstring docstring, DocstringStyle preferredStyle = DocstringStyle.Plain) =>
        Parse(fileText, docstring.ContentSpan, preferredStyle);

    /// <summary>
    /// The <see cref="ParsedDocstring.Detection"/> that <see cref="Parse(string, Docstring, DocstringStyle)"/> would give
    /// with no preferred style, for a census of a whole repository: only a Google docstring's sections are read
    /// (that is where Hugging Face entries show), and nothing is assembled.
    /// </summary>
    public static StyleDetection DetectStyle(string fileText, Docstring docstring) => DetectStyle(fileText, docstring.ContentSpan);

    /// <inheritdoc cref="DetectStyle(string, Docstring)"/>
    public static StyleDetection DetectStyle(string fileText, TextSpan contentSpan)
    {
        var lines = DocLines.Create(Source(fileText ?? "", contentSpan));
        var evidence = StyleDetector.CollectMarkers(lines);
        if (evidence is null)
        {
            return StyleDetection.Plain;
        }
        if (StyleDetector.Winner(evidence, DocstringStyle.Plain).Family == DocstringStyle.Google)
        {
            GoogleParser.Parse(lines, evidence, out _);
        }
        return StyleDetector.Decide(evidence, DocstringStyle.Plain);
    }

    private static ParsedDocstring Parse(DocSource source, DocstringStyle preferredStyle)
    {
        var lines = DocLines.Create(source);
        var evidence = StyleDetector.CollectMarkers(lines);
        if (evidence is null)
        {
            return Assemble(lines, StyleDetection.Plain, [], lines.Count);
        }
        var firstSectionLine = lines.Count;
        var sections = StyleDetector.Winner(evidence, preferredStyle).Family switch
        {
            DocstringStyle.NumPy => NumPyParser.Parse(lines, out firstSectionLine),
            DocstringStyle.Sphinx => SphinxParser.Parse(lines, out firstSectionLine),
            _ => GoogleParser.Parse(lines, evidence, out firstSectionLine),
        };
        return Assemble(lines, StyleDetector.Decide(evidence, preferredStyle), sections, firstSectionLine);
    }

    private static ParsedDocstring Assemble(DocLines lines, StyleDetection detection, IReadOnlyList<DocSection> sections, int firstSectionLine)
    {
        var (summary, description) = Preamble.Find(lines, firstSectionLine);
        return new ParsedDocstring(lines.Source, detection, summary, description, sections, lines.LineBreak);
    }
}
