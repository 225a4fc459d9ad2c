using System.Text;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Docstrings;

/// <summary>Any content parses without throwing or hanging, and the invariants still hold.</summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n\r\n")]
    [InlineData("\t\t\t")]
    [InlineData("Args:")]
    [InlineData("Args:\n")]
    [InlineData("Args:\n    ")]
    [InlineData("----------")]
    [InlineData("Parameters\n----------")]
    [InlineData("Parameters\n----------\n----------\n")]
    [InlineData(":")]
    [InlineData("::")]
    [InlineData(":param")]
    [InlineData(":param x:")]
    [InlineData(":param:")]
    [InlineData(":type x:\n:type x:\n:param x:\n:param x:")]
    [InlineData(":returns:\n:returns:\n:rtype:\n:rtype: int")]
    [InlineData("(")]
    [InlineData("`")]
    [InlineData("\\")]
    [InlineData("Args:\n    x (")]
    [InlineData("Args:\n    x (`")]
    [InlineData("Args:\n    x (``):")]
    [InlineData("Args:\n    *: x")]
    [InlineData("Args:\n    ******x: y")]
    [InlineData("Args:\n    \\\\\\\\\\\\\\\\x: y")]
    [InlineData("Returns:\n    :")]
    [InlineData("Returns:\n    : nothing before")]
    [InlineData("Raises:\n    :exc:`")]
    [InlineData("Raises:\n    :exc:")]
    [InlineData("Args:\n    x (int, default): d\n    y (int, defaults to): d\n    z (, , ,): d")]
    [InlineData("\u00a0\u2028x\u0085\n\u00a0Args:\n\u00a0\u00a0x: y")]
    [InlineData("\f\vSummary\f\n\f    Args:\n\f        x: y")]
    [InlineData("Example:\nExample:\nExample:\n")]
    [InlineData("Examples:\n\n>>> f()\n  Args:\n    x: y\n")]
    public void Odd_content_parses(string content)
    {
        var parsed = DocstringParser.Parse(content, 7);

        DocstringInvariants.Check(" 123456" + content, new TextSpan(7, 7 + content.Length), parsed);
    }

    [Theory]
    [MemberData(nameof(FixtureFile.All), MemberType = typeof(FixtureFile))]
    public void Every_prefix_of_every_fixture_docstring_parses(string name)
    {
        var fixture = FixtureFile.Load(name);
        foreach (var docstring in fixture.Docstrings)
        {
            for (var end = docstring.ContentSpan.Start; end <= docstring.ContentSpan.End; end++)
            {
                var span = new TextSpan(docstring.ContentSpan.Start, end);
                DocstringInvariants.Check(fixture.Text, span, DocstringParser.Parse(fixture.Text, span));
            }
        }
    }

    [Fact]
    public void Random_content_parses()
    {
        string[] pieces =
        [
            "Args:", "Returns:", "Raises:", "Example:", "Parameters", "----------", "---", ":param", ":type", ":raises",
            ":returns:", ":rtype:", " x", "*args", "\\*\\*kw", " (", ")", "`", "``", "[", "]", "{", "}", ":", ": ", ",",
            " optional", "*optional*", " defaults to ", "default=", "'", "\"", "\n", "\r\n", "\r", "\n    ", "\n        ",
            "\t", "\n\t", " ", "word", "Summary.", ">>> f()", "\u00a0", "🤗",
        ];
        for (var seed = 0; seed < 3000; seed++)
        {
            var random = new Random(seed);
            var builder = new StringBuilder();
            var count = random.Next(0, 60);
            for (var i = 0; i < count; i++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }
            var content = builder.ToString();
            DocstringInvariants.Check("\"\"\"" + content, new TextSpan(3, 3 + content.Length), DocstringParser.Parse("\"\"\"" + content, new TextSpan(3, 3 + content.Length)));
        }
    }

    [Theory]
    [InlineData(-5, 1000)]
    [InlineData(10, 5)]
    [InlineData(1000, 2000)]
    public void Out_of_range_content_spans_are_clamped(int start, int end)
    {
        const string text = "x = 1\n\"\"\"Doc.\"\"\"\n";

        var parsed = DocstringParser.Parse(text, new TextSpan(start, end));

        Assert.InRange(parsed.ContentSpan.Start, 0, text.Length);
        Assert.InRange(parsed.ContentSpan.End, parsed.ContentSpan.Start, text.Length);
    }

    [Fact]
    public void Huge_docstrings_parse_completely()
    {
        var builder = new StringBuilder("Summary.\n\n    Args:\n");
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append("        p").Append(i).Append(" (`int`, *optional*, defaults to ").Append(i).Append("):\n            Value ").Append(i).Append(".\n");
        }
        builder.Append("    Returns:\n        ").Append('(', 50_000).Append(": never closes\n    ");

        var parsed = DocstringParser.Parse(builder.ToString(), 0);

        Assert.Equal(DocstringStyle.HuggingFace, parsed.Style);
        Assert.Equal(100_000, parsed.DocumentedParameterNames.Count);
        Assert.Equal("p99999", parsed.DocumentedParameterNames[^1]);
        Assert.Equal("99999", parsed.FindParameter("p99999")!.Default);
        Assert.Equal(SectionKind.Returns, parsed.Sections[^1].Kind);
    }
}
