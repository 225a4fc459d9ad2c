using System.Text;
using System.Text.RegularExpressions;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Drafting;

/// <summary>
/// The promises drafting makes, checked from the outside: with the docstring parser for structure, and a regex of
/// its own for PEP 257 lists, never with drafting's own code.
/// </summary>
internal static partial class DraftInvariants
{
    /// <summary>
    /// A new docstring is one edit: an insert at the start of the line after the header's colon, or, for a body on
    /// the header line, a replacement of nothing but the whitespace between the colon and the statement — and then
    /// at most blank lines inserted at the start of the next line.
    /// </summary>
    public static void TouchesOnlyTheInsertionPoint(PythonModule module, Definition target, IReadOnlyList<TextEdit> edits)
    {
        var colon = target.HeaderColonOffset;
        if (target.IsOneLiner)
        {
            Assert.InRange(edits.Count, 1, 2);
            var edit = edits[0];
            Assert.Equal(colon + 1, edit.Replace.Start);
            Assert.True(module.Text.AsSpan(edit.Replace.Start, edit.Replace.Length).IsWhiteSpace(), "a one-line body's code must not be replaced");
            if (edits.Count == 2)
            {
                var blankLines = edits[1];
                Assert.Equal(module.Lines.LineStart(module.Lines.LineOf(colon) + 1), blankLines.Replace.Start);
                Assert.Equal(0, blankLines.Replace.Length);
                Assert.True(blankLines.NewText.Length > 0 && blankLines.NewText.AsSpan().Trim("\r\n").IsEmpty, "only blank lines go below a one-line body");
            }
            return;
        }
        var single = Assert.Single(edits);
        var lineAfterHeader = module.Lines.LineStart(module.Lines.LineOf(colon) + 1);
        Assert.Equal(new TextSpan(lineAfterHeader, lineAfterHeader), single.Replace);
    }

    /// <summary>Every edit of an existing docstring lies inside its literal (prefix and quotes included).</summary>
    public static void StayInTheDocstring(Docstring docstring, IReadOnlyList<TextEdit> edits)
    {
        foreach (var edit in edits)
        {
            Assert.True(
                edit.Replace.Start >= docstring.Span.Start && edit.Replace.End <= docstring.Span.End,
                $"edit {edit.Replace} reaches outside the docstring {docstring.Span}");
        }
    }

    /// <summary>
    /// The docstring outside its parameter lists is the same before and after: every parameter section (header to
    /// last entry) or PEP 257 list is cut out, and each remaining non-blank line must be the same, byte for byte,
    /// in the same order. Only blank lines may differ: a new section brings its own blank line, and closing quotes
    /// move to a line of their own when text is added after the last line. Text around the literal is compared whole.
    /// </summary>
    public static void KeepTheProse(string before, Docstring beforeDocstring, string after, Docstring afterDocstring, DocstringStyle style)
    {
        Assert.Equal(before[..beforeDocstring.Span.Start], after[..afterDocstring.Span.Start]);
        Assert.Equal(before[beforeDocstring.Span.End..], after[afterDocstring.Span.End..]);
        Assert.Equal(OutsideParameterLists(before, beforeDocstring, style), OutsideParameterLists(after, afterDocstring, style));
    }

    /// <summary>
    /// Every entry of the old parameter lists is still there: its head and its description, each byte for byte (a
    /// note may sit between them). An entry ends where a doctest starts: examples are not part of a parameter list.
    /// </summary>
    public static void KeepTheEntries(string before, Docstring beforeDocstring, string after, Docstring afterDocstring, DocstringStyle style)
    {
        var afterContent = after.Substring(afterDocstring.ContentSpan.Start, afterDocstring.ContentSpan.Length);
        foreach (var (head, tail) in EntryParts(before, beforeDocstring, style))
        {
            Assert.Contains(head, afterContent, StringComparison.Ordinal);
            Assert.Contains(tail, afterContent, StringComparison.Ordinal);
        }
    }

    private static string OutsideParameterLists(string text, Docstring docstring, DocstringStyle style)
    {
        var content = docstring.ContentSpan;
        var kept = new StringBuilder();
        var copied = content.Start;
        foreach (var region in ParameterRegions(text, docstring, style).OrderBy(static r => r.Start))
        {
            kept.Append(text, copied, Math.Max(0, region.Start - copied)).Append('\n');
            copied = Math.Max(copied, region.End);
        }
        kept.Append(text, copied, content.End - copied);
        var lines = kept.ToString().ReplaceLineEndings("\n").Split('\n').Where(static line => !string.IsNullOrWhiteSpace(line));
        return string.Join("\n", lines);
    }

    private static IEnumerable<TextSpan> ParameterRegions(string text, Docstring docstring, DocstringStyle style)
    {
        var parsed = DocstringParser.Parse(text, docstring, style);
        if (parsed.Detection.IsStructured || style != DocstringStyle.Plain)
        {
            return parsed.ParameterSections.Select(static s => s.Span);
        }
        var items = Pep257Items(text, docstring).ToList();
        return items.Count == 0 ? [] : [new TextSpan(items[0].Span.Start, items[^1].Span.End)];
    }

    private static IEnumerable<(string Head, string Tail)> EntryParts(string text, Docstring docstring, DocstringStyle style)
    {
        var parsed = DocstringParser.Parse(text, docstring, style);
        if (!parsed.Detection.IsStructured && style == DocstringStyle.Plain)
        {
            foreach (var (span, descriptionStart) in Pep257Items(text, docstring))
            {
                yield return (text[span.Start..descriptionStart], text[descriptionStart..span.End]);
            }
            yield break;
        }
        foreach (var entry in parsed.ParameterSections.SelectMany(static s => s.Entries))
        {
            if (entry.Fields.Count > 0)
            {
                foreach (var field in entry.Fields)
                {
                    yield return (text[field.Span.Start..field.BodySpan.Start], text[field.BodySpan.Start..field.Span.End]);
                }
                continue;
            }
            var end = BeforeDoctest(text, entry.Span);
            var split = entry.DescriptionSpan.Length == 0 ? end : Math.Min(entry.DescriptionSpan.Start, end);
            yield return (text[entry.Span.Start..split], text[split..end]);
        }
    }

    private static int BeforeDoctest(string text, TextSpan span)
    {
        var doctest = text.IndexOf(">>>", span.Start, span.Length, StringComparison.Ordinal);
        return doctest < 0 ? span.End : text[..doctest].TrimEnd().Length;
    }

    /// <summary>PEP 257 "name -- description" items with their deeper indented continuation lines.</summary>
    private static IEnumerable<(TextSpan Span, int DescriptionStart)> Pep257Items(string text, Docstring docstring)
    {
        foreach (Match match in Pep257Item().Matches(text[docstring.ContentSpan.Start..docstring.ContentSpan.End]))
        {
            var start = docstring.ContentSpan.Start + match.Groups["head"].Index;
            yield return (new TextSpan(start, start + match.Groups["head"].Length + match.Groups["rest"].Length), docstring.ContentSpan.Start + match.Groups["rest"].Index);
        }
    }

    [GeneratedRegex(@"^(?<indent>[ \t]+)(?<head>\*{0,2}\w+ --)(?<rest>[^\r\n]*(?:\r?\n\k<indent>[ \t]+[^\r\n]*\S)*)", RegexOptions.Multiline)]
    private static partial Regex Pep257Item();
}
