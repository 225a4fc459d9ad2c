using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Docstrings;

public sealed class SpanTests
{
    [Theory]
    [MemberData(nameof(FixtureFile.All), MemberType = typeof(FixtureFile))]
    public void Every_span_slices_to_its_text(string name)
    {
        var fixture = FixtureFile.Load(name);
        foreach (var docstring in fixture.Docstrings)
        {
            DocstringInvariants.Check(fixture.Text, docstring.ContentSpan, DocstringParser.Parse(fixture.Text, docstring.ContentSpan));
        }
    }

    [Theory]
    [MemberData(nameof(FixtureFile.All), MemberType = typeof(FixtureFile))]
    public void Content_with_an_offset_gives_the_same_spans_as_the_file(string name)
    {
        var fixture = FixtureFile.Load(name);

        var fromFile = DocstringDump.Render(fixture, d => DocstringParser.Parse(fixture.Text, d.ContentSpan));
        var fromContent = DocstringDump.Render(fixture, d => DocstringParser.Parse(
            fixture.Text.Substring(d.ContentSpan.Start, d.ContentSpan.Length), d.ContentSpan.Start));

        Assert.Equal(fromFile, fromContent);
    }

    [Fact]
    public void Front_end_docstring_is_parsed_at_its_content_span()
    {
        const string text = "def f(x):\n    r\"\"\"Summary.\n\n    Args:\n        x: The x.\n    \"\"\"\n";
        var literalStart = text.IndexOf("r\"\"\"", StringComparison.Ordinal);
        var contentStart = literalStart + 4;
        var contentEnd = text.LastIndexOf("\"\"\"", StringComparison.Ordinal);
        var docstring = new Docstring(
            text, "r", "\"\"\"",
            new TextSpan(literalStart, contentEnd + 3), new TextSpan(contentStart, contentEnd), "    ", IsConcatenated: false);

        var parsed = DocstringParser.Parse(text, docstring);

        Assert.Equal(docstring.ContentSpan, parsed.ContentSpan);
        Assert.Equal("x", text.Substring(parsed.DocumentedParameters[0].NameSpan.Start, 1));
        Assert.Equal(text.IndexOf("x: The", StringComparison.Ordinal), parsed.DocumentedParameters[0].NameSpan.Start);
    }

    [Fact]
    public void Entry_spans_are_absolute_offsets()
    {
        const string prefix = "def f(x, *args):\n    \"\"\"";
        const string content = "Summary.\n\n    Args:\n        x (int, optional): The x.\n            More.\n        *args: Rest.\n    ";
        var text = prefix + content + "\"\"\"\n";

        var entries = DocstringParser.Parse(text, new TextSpan(prefix.Length, prefix.Length + content.Length)).Sections.Single().Entries;

        Assert.Equal(text.IndexOf("x (int", StringComparison.Ordinal), entries[0].Span.Start);
        Assert.Equal(text.IndexOf("More.", StringComparison.Ordinal) + "More.".Length, entries[0].Span.End);
        Assert.Equal(new TextSpan(text.IndexOf("int,", StringComparison.Ordinal), text.IndexOf("int,", StringComparison.Ordinal) + 3), entries[0].TypeSpan);
        Assert.Equal("The x.\nMore.", entries[0].Description);
        Assert.Equal("The x.\n            More.", text.Substring(entries[0].DescriptionSpan.Start, entries[0].DescriptionSpan.Length));
        Assert.Equal("*args", text.Substring(entries[1].NameSpans[0].Start, entries[1].NameSpans[0].Length));
    }

    [Fact]
    public void Entry_without_description_has_an_empty_description_span_at_its_end()
    {
        var entry = DocstringParser.Parse("S.\n\nArgs:\n    x (`int`):\n    y: Why.\n", 0).Sections.Single().Entries[0];

        Assert.Equal("", entry.Description);
        Assert.Equal(new TextSpan(entry.Span.End, entry.Span.End), entry.DescriptionSpan);
    }

    [Theory]
    [InlineData("S.\n\nArgs:\n", "Args:")]
    [InlineData("S.\n\nArgs:\nReturns:\n    int: It.\n", "Args:")]
    [InlineData("S.\n\nParameters\n----------\n", "----------")]
    [InlineData("S.\n\n:param x:\n", ":param x:")]
    public void Empty_body_sits_right_after_the_header(string content, string header)
    {
        var parsed = DocstringParser.Parse(content, 0);
        var entryOrSection = parsed.Sections[0];
        var headerEnd = content.IndexOf(header, StringComparison.Ordinal) + header.Length;

        var body = entryOrSection.Entries.Count > 0 ? entryOrSection.Entries[0].DescriptionSpan : entryOrSection.BodySpan;

        Assert.Equal(new TextSpan(headerEnd, headerEnd), body);
    }

    [Fact]
    public void Sections_record_the_indentation_edits_need()
    {
        const string content = "Summary.\r\n\r\n    Args:\r\n        x: The x.\r\n    ";
        var parsed = DocstringParser.Parse(content, 0);
        var section = parsed.Sections.Single();

        Assert.Equal("    ", section.Indentation);
        Assert.Equal("        ", section.EntryIndentation);
        Assert.Equal("\r\n", parsed.LineBreak);
        Assert.Equal(content.IndexOf("x.", StringComparison.Ordinal) + 2, parsed.TextEnd);
    }
}
