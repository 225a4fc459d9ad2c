using ClawDev.Core.Drafting;
using ClawDev.Core.Drafting.Editing;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Drafting;

/// <summary>Edit lists are sorted, never overlap, and merge inserts at one offset into one edit; drafted prose wraps
/// to the width the file's lines reach.</summary>
public sealed class EditPrimitiveTests
{
    [Theory]
    [InlineData(new[] { 40, 150, 60 }, 88)] // one long URL line does not widen every draft
    [InlineData(new[] { 119, 40, 119, 119, 97 }, 119)] // formatted to 119: many lines reach it
    [InlineData(new[] { 100, 120, 40, 110 }, 100)] // the width three lines reach
    [InlineData(new int[0], 88)]
    public void Prose_wraps_to_the_width_three_lines_of_the_file_reach_and_at_least_88(int[] widths, int expected)
    {
        var text = string.Join("\r\n", widths.Select(width => new string('x', width)));

        Assert.Equal(expected, SourceLayout.TextWidth(text));
    }

    [Fact]
    public void Inserts_at_one_offset_merge_in_the_order_they_were_added_before_a_replacement_there()
    {
        var edits = new EditSet();
        edits.Replace(new TextSpan(2, 4), "R");
        edits.Insert(2, "a");
        edits.Insert(6, "z");
        edits.Insert(2, "b");
        edits.Insert(0, "");

        var list = edits.ToList();

        Assert.Equal([new TextEdit(new TextSpan(2, 4), "abR"), new TextEdit(new TextSpan(6, 6), "z")], list);
        Assert.Equal("01abR45z6", TextEdits.Apply("0123456", list));
    }

    [Fact]
    public void Overlapping_edits_are_a_bug_and_throw()
    {
        var edits = new EditSet();
        edits.Replace(new TextSpan(1, 5), "x");
        edits.Replace(new TextSpan(4, 6), "y");

        Assert.Throws<InvalidOperationException>(() => edits.ToList());
    }

    [Fact]
    public void Edits_outside_their_target_throw()
    {
        var edits = new EditSet();
        edits.Insert(10, "x");

        edits.EnsureWithin(new TextSpan(5, 10), "target");
        Assert.Throws<InvalidOperationException>(() => edits.EnsureWithin(new TextSpan(0, 9), "target"));
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(0, 9)]
    public void Applying_rejects_edits_that_are_unsorted_or_outside_the_text(int start, int end)
    {
        List<TextEdit> edits = [new(new TextSpan(start, end), "x"), new(new TextSpan(1, 1), "y")];

        Assert.Throws<ArgumentException>(() => TextEdits.Apply("abcd", edits));
    }

    [Theory]
    [InlineData("\"\"\"Doc.\"\"\"", "\\d", "r\"\"\"Doc.\"\"\"")]
    [InlineData("r\"\"\"Doc \\d.\"\"\"", "\\d", "r\"\"\"Doc \\d.\"\"\"")]
    [InlineData("\"\"\"Tab\\there.\"\"\"", "\\d", "\"\"\"Tab\\there.\"\"\"")]
    [InlineData("u\"\"\"Doc.\"\"\"", "\\d", "u\"\"\"Doc.\"\"\"")]
    [InlineData("\"\"\"Doc.\"\"\"", "plain", "\"\"\"Doc.\"\"\"")]
    public void Backslashes_go_into_a_raw_literal_or_are_escaped(string literal, string added, string expectedLiteral)
    {
        var source = $"def f():\n    {literal}\n";
        var docstring = PythonParser.Parse(source).Definitions[0].Docstring!;
        var subject = new DocstringLiteral(source, docstring, docstring.ContentSpan.End);
        var encoding = subject.EncodingFor(added.Contains('\\'));
        var edits = new EditSet();
        edits.Insert(docstring.ContentSpan.End, DocstringLiteral.Encode(added, encoding));
        subject.Finish(edits, encoding);

        var after = TextEdits.Apply(source, edits.ToList());
        var value = PythonParser.Parse(after).Definitions[0].Docstring!;

        Assert.StartsWith(expectedLiteral[..^3], value.Literal);
        Assert.EndsWith(added, value.Value);
    }

    [Theory]
    [InlineData("\"Doc.\"", "\"\"\"Doc.\n\n    Args:\n    \"\"\"")]
    [InlineData("'Doc.'", "'''Doc.\n\n    Args:\n    '''")]
    [InlineData("\"\"\"Doc.\"\"\"", "\"\"\"Doc.\n\n    Args:\n    \"\"\"")]
    [InlineData("\"\"\"Doc.\n    \"\"\"", "\"\"\"Doc.\n\n    Args:\n    \"\"\"")]
    public void Added_lines_make_the_literal_triple_quoted_with_closing_quotes_on_their_own_line(string literal, string expected)
    {
        var source = $"def f():\n    {literal}\n";
        var docstring = PythonParser.Parse(source).Definitions[0].Docstring!;
        var textEnd = source.IndexOf("Doc.", StringComparison.Ordinal) + 4;
        var subject = new DocstringLiteral(source, docstring, textEnd);
        var edits = new EditSet();
        edits.Insert(textEnd, "\n\n    Args:");
        subject.KeepClosingQuotesOnOwnLine(edits, "\n", "    ");
        subject.Finish(edits, TextEncoding.Verbatim);

        Assert.Equal($"def f():\n    {expected}\n", TextEdits.Apply(source, edits.ToList()));
    }
}
