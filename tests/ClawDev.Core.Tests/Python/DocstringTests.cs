namespace ClawDev.Core.Tests.Python;

public sealed class DocstringTests
{
    [Theory]
    [InlineData("'''Tab\\there.'''", "Tab\there.")]
    [InlineData("'''Line\\nbreak, quote \\' and \\\" and backslash \\\\.'''", "Line\nbreak, quote ' and \" and backslash \\.")]
    [InlineData("'''\\a\\b\\f\\r\\v'''", "\a\b\f\r\v")]
    [InlineData("'''Octal \\101\\0 hex \\x41 unicode \\u00e9 \\U0001F600.'''", "Octal A\0 hex A unicode é \U0001F600.")]
    [InlineData("'''Unknown \\d and \\N{BULLET} stay.'''", "Unknown \\d and \\N{BULLET} stay.")]
    [InlineData("'''Joined \\\n  line.'''", "Joined   line.")]
    [InlineData("r'''Raw \\n \\d.'''", "Raw \\n \\d.")]
    [InlineData("b'''Bytes \\x41 \\u00e9.'''", "Bytes A \\u00e9.")]
    [InlineData("f'''Format {x} \\t.'''", "Format {x} \t.")]
    [InlineData("'''Malformed \\x4 and \\u12.'''", "Malformed \\x4 and \\u12.")]
    [InlineData("'''Plain text, as written.'''", "Plain text, as written.")]
    [InlineData("r'''Raw text, as written.'''", "Raw text, as written.")]
    public void Value_processes_escapes_like_literal_eval(string literal, string expected)
    {
        var docstring = Parsed.Definition($"def f():\n    {literal}\n", "f").Docstring!;

        Assert.Equal(expected, docstring.Value);
        Assert.Equal(expected, docstring.ValueText.ToString());
    }

    [Fact]
    public void Records_spans_quotes_indentation_and_concatenation()
    {
        const string source = "class A:\n    def f(self):\n        r'''Doc\n        more.''' 'tail'\n";
        var module = Parsed.Module(source);
        var docstring = module.Find("A.f").Docstring!;

        Assert.Equal("r'''Doc\n        more.'''", module.Text(docstring.Span));
        Assert.Equal("Doc\n        more.", module.Text(docstring.ContentSpan));
        Assert.Equal(("r", "'''", "        ", true), (docstring.Prefix, docstring.Quote, docstring.Indentation, docstring.IsConcatenated));
        Assert.Equal(docstring.Literal, module.Text(docstring.Span));
    }

    [Fact]
    public void Reads_line_ends_inside_the_value_as_newlines()
    {
        var docstring = Parsed.Definition("def f():\r\n    \"\"\"One\r\n    two\rthree.\"\"\"\r\n", "f").Docstring!;

        Assert.Equal("One\n    two\nthree.", docstring.Value);
        Assert.Equal("One\n    two\nthree.", docstring.ValueText.ToString());
        Assert.Equal("\"\"\"One\r\n    two\rthree.\"\"\"", docstring.Literal);
    }

    [Fact]
    public void An_empty_docstring_is_still_a_docstring()
    {
        var docstring = Parsed.Definition("def f():\n    \"\"\"\"\"\"\n", "f").Docstring!;

        Assert.Equal(("", "\"\"\""), (docstring.Value, docstring.Quote));
        Assert.Equal(0, docstring.ContentSpan.Length);
    }

    [Fact]
    public void An_unterminated_string_is_no_docstring()
    {
        var module = Parsed.Module("def f():\n    \"\"\"Never closed.\n    return 1\n");

        Assert.Null(module.Find("f").Docstring);
        Assert.Contains(module.Problems, p => p.Message == "unterminated triple-quoted string literal");
    }
}
