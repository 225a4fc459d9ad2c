using ClawDev.Core.Python;

namespace ClawDev.Core.Tests.Python;

/// <summary>
/// Every prefix of each realistic fixture module parses without throwing, and every top-level definition that
/// ends before the cut comes out exactly as it does from the whole file: what is intact stays intact.
/// </summary>
public sealed class TruncationTests
{
    public static TheoryData<string> Modules() => new(FixtureFiles.WellFormedModules());

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_prefix_keeps_the_definitions_before_the_cut(string fixture)
    {
        var text = SourceDecoder.Decode(File.ReadAllBytes(FixtureFiles.PathOf(fixture))).Text;
        var whole = PythonParser.Parse(text);
        var complete = whole.Definitions.Select(d => (d.Span.End, Outline: OutlineDump.Render(whole, d))).ToArray();

        for (var cut = 0; cut <= text.Length; cut++)
        {
            var prefix = PythonParser.Parse(text[..cut]);

            var expected = complete.Where(d => d.End < cut).Select(d => d.Outline).ToArray();
            var actual = prefix.Definitions.Take(expected.Length).Select(d => OutlineDump.Render(prefix, d)).ToArray();
            Assert.True(expected.SequenceEqual(actual), $"cut at {cut} ({whole.Lines.PositionOf(cut)}) changed a definition that ends before it");
        }
    }
}
