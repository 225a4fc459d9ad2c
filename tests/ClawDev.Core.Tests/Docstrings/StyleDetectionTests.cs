using ClawDev.Core.Docstrings;

namespace ClawDev.Core.Tests.Docstrings;

public sealed class StyleDetectionTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var fixture in FixtureFile.LoadAll())
        {
            foreach (var docstring in fixture.Docstrings)
            {
                if (docstring.ExpectedStyle is not null)
                {
                    data.Add(fixture.Name, docstring.Number);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Detects_the_style_the_fixture_expects(string fixtureName, int number)
    {
        var fixture = FixtureFile.Load(fixtureName);
        var docstring = fixture.Docstrings[number - 1];

        var parsed = DocstringParser.Parse(fixture.Text, docstring.ContentSpan);

        Assert.Equal(Enum.Parse<DocstringStyle>(docstring.ExpectedStyle!), parsed.Style);
    }

    [Theory]
    [MemberData(nameof(FixtureFile.All), MemberType = typeof(FixtureFile))]
    public void Style_only_detection_agrees_with_the_full_parse(string fixtureName)
    {
        var fixture = FixtureFile.Load(fixtureName);
        foreach (var docstring in fixture.Docstrings)
        {
            var parsed = DocstringParser.Parse(fixture.Text, docstring.ContentSpan).Detection;

            var detected = DocstringParser.DetectStyle(fixture.Text, docstring.ContentSpan);

            Assert.Equal((parsed.Style, parsed.Confidence), (detected.Style, detected.Confidence));
            Assert.Equal(parsed.Evidence, detected.Evidence);
        }
    }

    [Fact]
    public void Every_style_fixture_folder_detects_its_own_style()
    {
        var expected = new Dictionary<string, DocstringStyle>
        {
            ["google/"] = DocstringStyle.Google,
            ["huggingface/"] = DocstringStyle.HuggingFace,
            ["numpy/"] = DocstringStyle.NumPy,
            ["sphinx/"] = DocstringStyle.Sphinx,
        };
        foreach (var fixture in FixtureFile.LoadAll())
        {
            var folder = expected.Keys.FirstOrDefault(fixture.Name.StartsWith);
            if (folder is null)
            {
                continue;
            }
            foreach (var docstring in fixture.Docstrings)
            {
                var style = DocstringParser.Parse(fixture.Text, docstring.ContentSpan).Style;
                Assert.True(
                    style == expected[folder] || style == DocstringStyle.Plain,
                    $"{fixture.Name} docstring {docstring.Number}: {style}");
            }
        }
    }

    [Fact]
    public void Preferred_style_breaks_a_tie()
    {
        const string content = "Tie.\n\nReturns\n-------\nint\n    The value.\n\nRaises:\n    ValueError: Never.\n";

        Assert.Equal(DocstringStyle.NumPy, DocstringParser.Parse(content, 0).Style);
        Assert.Equal(DocstringStyle.Google, DocstringParser.Parse(content, 0, DocstringStyle.Google).Style);
        Assert.Equal(DocstringStyle.Google, DocstringParser.Parse(content, 0, DocstringStyle.HuggingFace).Style);
        Assert.Equal(0.5, DocstringParser.Parse(content, 0).Detection.Confidence);
    }

    [Theory]
    [InlineData("Tie.\n\nParameters\n----------\nx : int\n\nReturns:\n    int: The value.\n", DocstringStyle.NumPy)]
    [InlineData("Mixed.\n\nArgs:\n    x: The value.\n\n:return: It.\n:rtype: int\n", DocstringStyle.Google)]
    [InlineData("Mixed.\n\n:param x: The value.\n\nReturns:\n    int: The value.\n", DocstringStyle.Sphinx)]
    public void The_one_family_documenting_parameters_wins(string content, DocstringStyle style)
    {
        foreach (var preferred in new[] { DocstringStyle.Plain, DocstringStyle.Google, DocstringStyle.NumPy, DocstringStyle.Sphinx })
        {
            Assert.Equal(style, DocstringParser.Parse(content, 0, preferred).Style);
        }
    }

    [Fact]
    public void Preferred_style_does_not_override_clear_evidence()
    {
        const string content = "Clear.\n\n:param x: The value.\n:returns: It.\n";

        Assert.Equal(DocstringStyle.Sphinx, DocstringParser.Parse(content, 0, DocstringStyle.NumPy).Style);
    }

    [Fact]
    public void Plain_docstring_is_certain_and_unstructured()
    {
        var detection = DocstringParser.Parse("Just prose.\n\nMore prose.", 0).Detection;

        Assert.Equal(DocstringStyle.Plain, detection.Style);
        Assert.Equal(1.0, detection.Confidence);
        Assert.Empty(detection.Evidence);
        Assert.False(detection.IsStructured);
    }

    [Fact]
    public void Evidence_points_at_the_markers_and_scores_them()
    {
        const string content = "Mixed.\n\nArgs:\n    x: The first.\n\n:param y: The second.\n";
        var detection = DocstringParser.Parse(content, 100).Detection;

        Assert.Equal(
            [(EvidenceKind.GoogleSection, "Args:"), (EvidenceKind.SphinxField, ":param y:")],
            detection.Evidence.Select(e => (e.Kind, content.Substring(e.Span.Start - 100, e.Span.Length))));
        Assert.Equal(3, detection.Score(DocstringStyle.Google));
        Assert.Equal(2, detection.Score(DocstringStyle.Sphinx));
        Assert.Equal(0.6, detection.Confidence, 3);
    }
}
