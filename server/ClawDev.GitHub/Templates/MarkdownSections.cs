using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClawDev.GitHub.Templates;

/// <summary>
/// Finds where a Markdown template wants the description: after the first heading (an ATX/setext heading or a
/// paragraph that is all bold, as older templates write them) whose words name it, and after the HTML comment
/// that explains the section, if one follows.
/// </summary>
internal static class MarkdownSections
{
    // The section that describes the problem first ("Documentation problem", "Describe the bug"), then any
    // section about documentation, then the sections feature templates use. "Location of the documentation"
    // is a documentation section, but a "Documentation problem" section after it is the better place.
    private static readonly string[][] SectionWords =
    [
        ["problem", "description", "describe", "summary", "details", "issue"],
        ["documentation", "docs", "doc", "docstring"],
        ["what", "motivation", "feature", "request", "proposal", "improvement"],
    ];

    /// <summary>The offset in <paramref name="body"/> at which to insert, or null when no section fits.</summary>
    public static int? InsertionPoint(string body)
    {
        var document = Markdown.Parse(body);
        var headings = document.Descendants<LeafBlock>().Where(IsHeading).ToList();
        foreach (var words in SectionWords)
        {
            var heading = headings.FirstOrDefault(h => Words(HeadingText(h)).Any(words.Contains));
            if (heading is null)
            {
                continue;
            }
            var end = heading.Span.End + 1;
            if (NextBlock(document, heading) is HtmlBlock { Type: HtmlBlockType.Comment } comment)
            {
                end = comment.Span.End + 1;
            }
            return Math.Min(end, body.Length);
        }
        return null;
    }

    private static bool IsHeading(LeafBlock block) =>
        block is HeadingBlock
        || (block is ParagraphBlock { Inline: { } inline } && inline.Count() == 1 && inline.FirstChild is EmphasisInline { DelimiterCount: 2 });

    private static string HeadingText(LeafBlock block) =>
        string.Concat(block.Inline?.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()) ?? []);

    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant().Split((char[])[' ', ':', '-', '/', '?', '.', '(', ')', '*', '#'], StringSplitOptions.RemoveEmptyEntries);

    private static Block? NextBlock(MarkdownDocument document, Block block)
    {
        var index = document.IndexOf(block);
        return index >= 0 && index + 1 < document.Count ? document[index + 1] : null;
    }
}
