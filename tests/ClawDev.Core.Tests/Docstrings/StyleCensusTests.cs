using ClawDev.Core.Analysis;
using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Python;
using ClawDev.Core.Tests.Drafting;

namespace ClawDev.Core.Tests.Docstrings;

public sealed class StyleCensusTests
{
    [Theory]
    [InlineData("google/", DocstringStyle.Google)]
    [InlineData("huggingface/", DocstringStyle.HuggingFace)]
    [InlineData("numpy/", DocstringStyle.NumPy)]
    [InlineData("sphinx/", DocstringStyle.Sphinx)]
    [InlineData("plain/", DocstringStyle.Plain)]
    public void Fixture_folder_has_its_style_as_dominant(string folder, DocstringStyle expected)
    {
        var census = new StyleCensus();
        foreach (var fixture in FixtureFile.LoadAll().Where(f => f.Name.StartsWith(folder, StringComparison.Ordinal)))
        {
            foreach (var docstring in fixture.Docstrings)
            {
                census.Add(DocstringParser.Parse(fixture.Text, docstring.ContentSpan));
            }
        }

        var result = census.Result();

        Assert.Equal(expected, result.Dominant);
        Assert.False(result.IsTie);
    }

    [Theory]
    [InlineData(Convention.None)]
    [InlineData(Convention.Google)]
    [InlineData(Convention.NumPy)]
    public void A_file_s_analysis_counts_the_styles_a_census_of_its_module_counts(Convention convention)
    {
        var settings = new FileSettings { EnabledCodes = DraftingHarness.AllCodes, Convention = convention };
        foreach (var fixture in FixtureFile.LoadAll())
        {
            var module = PythonParser.Parse(fixture.Text);

            var analysed = FileAnalyzer.Analyze(module, "pkg/mod.py", settings).DocstringStyles.Result();

            Assert.Equal(StyleCensus.Of(module).Result(), analysed);
        }
    }

    [Fact]
    public void Counts_every_style_and_reports_the_share()
    {
        var result = Census(plain: 5, google: 1, huggingFace: 3, numPy: 2, sphinx: 0);

        Assert.Equal(DocstringStyle.HuggingFace, result.Dominant);
        Assert.Equal((5, 1, 3, 2, 0), (result.Plain, result.Google, result.HuggingFace, result.NumPy, result.Sphinx));
        Assert.Equal(11, result.Total);
        Assert.Equal(6, result.Structured);
        Assert.Equal(4.0 / 6, result.Share, 6);
        Assert.False(result.IsMostlyPlain);
    }

    [Fact]
    public void Google_family_stays_Google_when_Hugging_Face_entries_are_not_the_majority()
    {
        Assert.Equal(DocstringStyle.Google, Census(google: 3, huggingFace: 3).Dominant);
        Assert.Equal(DocstringStyle.HuggingFace, Census(google: 3, huggingFace: 4).Dominant);
    }

    [Fact]
    public void Families_compare_with_Google_and_Hugging_Face_together()
    {
        Assert.Equal(DocstringStyle.Google, Census(google: 2, huggingFace: 1, numPy: 2).Dominant);
    }

    [Fact]
    public void Tie_is_reported_and_broken_in_a_fixed_order()
    {
        var result = Census(google: 4, numPy: 4, sphinx: 1);

        Assert.True(result.IsTie);
        Assert.Equal(DocstringStyle.NumPy, result.Dominant);
        Assert.Equal(4.0 / 9, result.Share, 6);
    }

    [Fact]
    public void Mostly_plain_repository_still_names_the_style_its_few_structured_docstrings_use()
    {
        var result = Census(plain: 90, sphinx: 3, google: 1);

        Assert.Equal(DocstringStyle.Sphinx, result.Dominant);
        Assert.True(result.IsMostlyPlain);
    }

    [Fact]
    public void Only_plain_docstrings_give_plain()
    {
        var result = Census(plain: 7);

        Assert.Equal(DocstringStyle.Plain, result.Dominant);
        Assert.Equal(0, result.Share);
        Assert.False(result.IsTie);
    }

    [Fact]
    public void Weak_evidence_counts_as_plain()
    {
        var census = new StyleCensus();
        census.Add(DocstringParser.Parse("Summary.\n\nExample:\n    >>> f()\n", 0));

        Assert.Equal(DocstringStyle.Plain, census.Result().Dominant);
        Assert.Equal(1, census.Result().Plain);
    }

    [Fact]
    public void Parallel_adds_and_merges_lose_nothing()
    {
        var shared = new StyleCensus();
        var perWorker = Enumerable.Range(0, 4).Select(_ => new StyleCensus()).ToArray();
        Parallel.For(0, 40_000, i =>
        {
            var style = (DocstringStyle)(i % 5);
            shared.Add(style);
            perWorker[i % 4].Add(style);
        });
        var merged = new StyleCensus();
        foreach (var census in perWorker)
        {
            merged.Merge(census);
        }

        Assert.Equal(shared.Result(), merged.Result());
        Assert.Equal(8_000, shared.Result().Sphinx);
        Assert.Equal(40_000, shared.Result().Total);
    }

    private static StyleCensusResult Census(int plain = 0, int google = 0, int huggingFace = 0, int numPy = 0, int sphinx = 0)
    {
        var census = new StyleCensus();
        foreach (var (style, count) in new[]
        {
            (DocstringStyle.Plain, plain), (DocstringStyle.Google, google), (DocstringStyle.HuggingFace, huggingFace),
            (DocstringStyle.NumPy, numPy), (DocstringStyle.Sphinx, sphinx),
        })
        {
            for (var i = 0; i < count; i++)
            {
                census.Add(style);
            }
        }
        return census.Result();
    }
}
