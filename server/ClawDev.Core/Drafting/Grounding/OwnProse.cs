using System.Text.RegularExpressions;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Drafting.Grounding;

/// <summary>A sentence of a docstring's prose, the definition it documents and the 1-based line it starts on.</summary>
/// <param name="Item">The name the list item holding the sentence defines ("- ``source_address``: …"), or null.</param>
internal sealed record ProseSentence(string Text, string Symbol, int Line, string? Item = null);

/// <summary>
/// The sentences of a definition's own docstring prose — its summary and the text before its first section — as
/// evidence for a parameter they name: "If *strict* is true, ...", "Pack sequences into chunks of size
/// `seq_length`.". CPython documents many parameters only this way, and a summary often is the only text in the
/// repository that speaks of a parameter nothing else documents. Entries of other parameters are not prose.
/// </summary>
internal static partial class OwnProse
{
    /// <summary>The prose sentences of a definition's docstring, in order; doctest, literal and code blocks left out.</summary>
    /// <param name="withSummary">Whether its summary counts: it says what the definition does, which speaks of a
    /// parameter of its own ("Pack sequences into chunks of size `seq_length`.") but of no other function's.</param>
    public static List<ProseSentence> Of(PythonModule module, Definition definition, ParsedDocstring docstring, bool withSummary = true)
    {
        var sentences = new List<ProseSentence>();
        foreach (var span in withSummary ? (ReadOnlySpan<TextSpan>)[docstring.SummarySpan, docstring.DescriptionSpan] : [docstring.DescriptionSpan])
        {
            if (span.Length > 0)
            {
                AddSentences(module, definition.QualifiedName, span, sentences);
            }
        }
        return sentences;
    }

    /// <summary>
    /// The first sentence that marks the parameter up (<c>*x*</c>, <c>``x``</c>, <c>'x'</c>: the docstring points at
    /// it), else the first that names it as a word — never as a call, an attribute, the object of one
    /// (<c>e.original_exception</c> speaks of the attribute) or part of a hyphenated word ("k-regular"). Measured: also taking an ordinary word ("Store a value." for <c>value</c>) beats asking for
    /// markup or an identifier-like name on five of six repositories.
    /// </summary>
    public static ProseSentence? Naming(IEnumerable<ProseSentence> sentences, string name)
    {
        var naming = new Regex(@"(?<![\w.\-])" + Regex.Escape(name) + @"(?![\w(\-]|\.\w)", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        var marked = new Regex(@"[*`'""]" + Regex.Escape(name) + @"[*`'""]", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        // A sentence of a list item defining another name speaks of that one ("- ``socket_options``: … unless the
        // connection is behind a proxy." says nothing of proxy).
        var candidates = sentences.Where(s => (s.Item is null || s.Item == name) && naming.IsMatch(s.Text)).ToList();
        // A list item that defines the name ("- ``source_address``: Set the source address …", urllib3's constructor
        // options) is its entry in all but layout: its text, without the marker and the name.
        foreach (var sentence in candidates)
        {
            if (sentence.Item == name && ItemDefinition().Match(sentence.Text) is { Success: true } definition)
            {
                return sentence with { Text = definition.Groups["text"].Value };
            }
        }
        ProseSentence? first = null;
        foreach (var sentence in candidates)
        {
            if (marked.IsMatch(sentence.Text))
            {
                return sentence;
            }
            first ??= sentence;
        }
        return first;
    }

    private static void AddSentences(PythonModule module, string symbol, TextSpan span, List<ProseSentence> sentences)
    {
        // From its line's start, what precedes the span there (the quotes, the indentation) blanked: a directive's
        // extent is told by indentation, which the span's first line would otherwise lose.
        var lineStart = span.Start == 0 ? 0 : module.Text.LastIndexOf('\n', span.Start - 1) + 1;
        var text = WithoutBlocks(new string(' ', span.Start - lineStart) + module.Text[span.Start..span.End]);
        // A Markdown code block (Hugging Face's and pydantic's examples) may hold blank lines: what lies between its
        // fences is code, however the blank lines split it.
        var inCodeBlock = false;
        foreach (Match paragraph in Paragraph().Matches(text))
        {
            var paragraphStart = lineStart + paragraph.Index;
            var fences = Regex.Count(paragraph.Value, "```");
            var code = inCodeBlock || fences > 0;
            inCodeBlock ^= fences % 2 == 1;
            if (code || paragraph.Value.Contains(">>>", StringComparison.Ordinal) || paragraph.Value.TrimEnd().EndsWith("::", StringComparison.Ordinal))
            {
                continue;
            }
            // The name the list item being read defines: its sentences speak of that name.
            string? item = null;
            foreach (Match sentence in Sentence().Matches(paragraph.Value))
            {
                var sentenceStart = paragraphStart + sentence.Index;
                var searchFrom = 0;
                foreach (var part in ListItems(Joined(sentence.Value)))
                {
                    if (Writing.DocText.StartsListItem(part))
                    {
                        item = ItemDefinition().Match(part) is { Success: true } definition ? definition.Groups["name"].Value : null;
                    }
                    // Where the part starts in the source: its first characters (joined lines differ from the source
                    // after the first line break), found from where the last part was.
                    var start = part.AsSpan(0, Math.Min(part.Length, 16));
                    var at = sentence.Value.AsSpan(searchFrom).IndexOf(start, StringComparison.Ordinal);
                    searchFrom = at < 0 ? searchFrom : searchFrom + at;
                    sentences.Add(new ProseSentence(part, symbol, module.Lines.LineOf(sentenceStart + searchFrom) + 1, item));
                }
            }
        }
    }

    /// <summary>
    /// A sentence's lines as one line: it starts wherever its paragraph's line had got to, so the docstring's line
    /// breaks fall anywhere in it, and a draft refills it to the file's width. A list item or a table row keeps its
    /// line of its own.
    /// </summary>
    private static string Joined(string sentence)
    {
        var joined = new System.Text.StringBuilder(sentence.Length);
        foreach (var line in sentence.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }
            if (joined.Length > 0)
            {
                joined.Append(trimmed[0] == '|' || Writing.DocText.StartsListItem(trimmed) ? '\n' : ' ');
            }
            joined.Append(trimmed);
        }
        return joined.ToString();
    }

    /// <summary>
    /// The text with its reST directives (".. deprecated:: 19.2.0 *cmp* …", ".. versionadded::", ".. code-block::")
    /// and literal blocks (the lines after a "…::" line) blanked out with the lines indented below them, blank lines
    /// between included, offsets kept: markup and code about the text, never a sentence of it.
    /// </summary>
    private static string WithoutBlocks(string text)
    {
        if (!text.Contains(".. ", StringComparison.Ordinal) && !text.Contains("::", StringComparison.Ordinal))
        {
            return text;
        }
        var lines = text.Split('\n');
        var blockIndent = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (blockIndent >= 0 && DirectiveBlock.Continues(lines[i], blockIndent))
            {
                lines[i] = new string(' ', lines[i].Length);
                continue;
            }
            blockIndent = -1;
            if (DirectiveBlock.Opens(lines[i]))
            {
                blockIndent = DirectiveBlock.Indent(lines[i]);
                lines[i] = new string(' ', lines[i].Length);
            }
            else if (lines[i].TrimEnd().EndsWith("::", StringComparison.Ordinal))
            {
                // The paragraph it ends is skipped as a whole; the block below is code.
                blockIndent = DirectiveBlock.Indent(lines[i]);
            }
        }
        return string.Join('\n', lines);
    }

    /// <summary>A joined sentence cut before each list item defining a name (such items without full stops make one
    /// sentence); other items stay with the sentence that introduces them ("… in this order:\n- the prompts,").</summary>
    private static IEnumerable<string> ListItems(string joined)
    {
        var start = 0;
        for (var breakAt = joined.IndexOf('\n'); breakAt >= 0; breakAt = joined.IndexOf('\n', breakAt + 1))
        {
            if (ItemDefinition().IsMatch(joined.AsSpan(breakAt + 1)))
            {
                yield return joined[start..breakAt];
                start = breakAt + 1;
            }
        }
        if (start < joined.Length)
        {
            yield return joined[start..];
        }
    }

    /// <summary>A list item defining a name: "- ``name``: text", "* *name* -- text", "1. name - text".</summary>
    [GeneratedRegex(@"^(?:[-*+]|\d{1,3}[.)])\s+[*`'""]{0,2}(?<name>[A-Za-z_]\w*)[*`'""]{0,2}\s*(?::|--|–|—|-)\s+(?<text>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 100)]
    private static partial Regex ItemDefinition();

    /// <summary>Text between blank lines.</summary>
    [GeneratedRegex(@"\S(?:.|\n(?![ \t\r]*\n))*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Paragraph();

    /// <summary>Up to a full stop, question or exclamation mark followed by white space (not "e.g.", "i.e.", "etc."), or the end.</summary>
    [GeneratedRegex(@"\S(?:.|\n)*?(?:[.!?](?<!\b(?:e\.g|i\.e|etc|vs|cf)\.)(?=\s|$)|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Sentence();
}
