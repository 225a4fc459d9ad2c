using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Tests.Docstrings;

/// <summary>\r\n and \r files parse exactly like \n files: same structure at the same line:column positions.</summary>
public sealed class LineBreakTests
{
    [Theory]
    [MemberData(nameof(FixtureFile.All), MemberType = typeof(FixtureFile))]
    public void Crlf_and_cr_parse_like_lf(string name)
    {
        var lf = FixtureFile.Load(name);
        var expected = Dump(lf);

        foreach (var lineBreak in new[] { "\r\n", "\r" })
        {
            var variant = lf.WithText(lf.Text.Replace("\r\n", "\n").Replace("\n", lineBreak));
            Assert.Equal(expected, Dump(variant));
            foreach (var docstring in variant.Docstrings)
            {
                var parsed = DocstringParser.Parse(variant.Text, docstring.ContentSpan);
                DocstringInvariants.Check(variant.Text, docstring.ContentSpan, parsed);
                if (variant.Text.AsSpan(docstring.ContentSpan.Start, docstring.ContentSpan.Length).ContainsAny('\r', '\n'))
                {
                    Assert.Equal(lineBreak, parsed.LineBreak);
                }
            }
        }
    }

    private static string Dump(FixtureFile fixture) =>
        DocstringDump.Render(fixture, d => DocstringParser.Parse(fixture.Text, d.ContentSpan));
}
