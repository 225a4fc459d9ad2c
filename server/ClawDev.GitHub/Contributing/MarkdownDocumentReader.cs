using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClawDev.GitHub.Contributing;

/// <summary>A Markdown document read into statements, and the link targets it mentions.</summary>
/// <param name="Links">Link URLs as written, in document order.</param>
public sealed record ReadDocument(IReadOnlyList<PolicyStatement> Statements, IReadOnlyList<string> Links);

/// <summary>Reads a Markdown document with Markdig into sentences, headings and code lines, each with its line.</summary>
public static class MarkdownDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <param name="document">The document's path relative to the repository root, recorded in every statement.</param>
    public static ReadDocument Read(string document, string markdown)
    {
        var parsed = Markdown.Parse(markdown, Pipeline);
        var statements = new List<PolicyStatement>();
        var links = new List<string>();
        var section = "";
        PolicyStatement? lastSentence = null;
        foreach (var block in parsed.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var title = InlineText.Render(heading.Inline, links);
                    section = title.Text.ReplaceLineEndings(" ").Trim();
                    statements.Add(new PolicyStatement(document, heading.Line + 1, section, StatementKind.Heading, title.CodeSpans, section));
                    break;
                case CodeBlock code:
                    foreach (var line in code.Lines.Lines.AsSpan(0, code.Lines.Count))
                    {
                        var text = line.Slice.ToString().Trim();
                        if (text.Length > 0)
                        {
                            statements.Add(new PolicyStatement(document, line.Line + 1, text, StatementKind.CodeLine, [], section, lastSentence));
                        }
                    }
                    break;
                case { Inline: { } inline }:
                    var rendered = InlineText.Render(inline, links);
                    foreach (var sentence in SentenceSplitter.Split(rendered.Text))
                    {
                        var (start, length) = sentence.GetOffsetAndLength(rendered.Text.Length);
                        var line = block.Line + 1 + CountLineBreaks(rendered.Text, start);
                        var text = rendered.Text.Substring(start, length).ReplaceLineEndings(" ");
                        lastSentence = new PolicyStatement(document, line, text, StatementKind.Sentence, CodeSpansIn(text), section);
                        statements.Add(lastSentence);
                    }
                    break;
            }
        }
        return new ReadDocument(statements, links);
    }

    private static int CountLineBreaks(string text, int end) => text.AsSpan(0, end).Count('\n');

    private static List<string> CodeSpansIn(string sentence)
    {
        var spans = new List<string>();
        var open = -1;
        for (var i = 0; i < sentence.Length; i++)
        {
            if (sentence[i] != '`')
            {
                continue;
            }
            if (open < 0)
            {
                open = i;
            }
            else
            {
                spans.Add(sentence[(open + 1)..i]);
                open = -1;
            }
        }
        return spans;
    }

    /// <summary>Inline content as plain text: code spans in single backticks, soft and hard breaks as '\n'.</summary>
    private sealed class InlineText
    {
        private readonly StringBuilder _text = new();
        private readonly List<string> _codeSpans = [];

        public string Text => _text.ToString();

        public IReadOnlyList<string> CodeSpans => _codeSpans;

        public static InlineText Render(ContainerInline? inline, List<string> links)
        {
            var rendered = new InlineText();
            if (inline is not null)
            {
                rendered.Append(inline, links);
            }
            return rendered;
        }

        private void Append(ContainerInline container, List<string> links)
        {
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        _text.Append(literal.Content.AsSpan());
                        break;
                    case CodeInline code:
                        // Backticks inside a code span would end it early in the sentence text: they are dropped.
                        _codeSpans.Add(code.Content);
                        _text.Append('`').Append(code.Content.Replace("`", "")).Append('`');
                        break;
                    case LineBreakInline:
                        _text.Append('\n');
                        break;
                    case AutolinkInline autolink:
                        links.Add(autolink.Url);
                        _text.Append(autolink.Url);
                        break;
                    case LinkInline link:
                        if (link.Url is { } url)
                        {
                            links.Add(url);
                        }
                        Append(link, links);
                        break;
                    case ContainerInline nested:
                        Append(nested, links);
                        break;
                    case HtmlEntityInline entity:
                        _text.Append(entity.Transcoded.AsSpan());
                        break;
                }
            }
        }
    }
}
