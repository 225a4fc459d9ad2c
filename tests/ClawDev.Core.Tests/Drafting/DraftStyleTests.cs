using ClawDev.Core.Configuration;
using ClawDev.Core.Docstrings;
using ClawDev.Core.Drafting;

namespace ClawDev.Core.Tests.Drafting;

public sealed class DraftStyleTests
{
    /// <summary>The setting, [tool.clawdev] style, the linter's convention, the docstrings' own majority, and the style drafts are written in.</summary>
    public static TheoryData<DocstringStyle?, DocstringStyle?, Convention, DocstringStyle?, DocstringStyle?> Choices => new()
    {
        { DocstringStyle.Sphinx, DocstringStyle.NumPy, Convention.Google, DocstringStyle.Google, DocstringStyle.Sphinx },
        { null, DocstringStyle.NumPy, Convention.Google, DocstringStyle.Google, DocstringStyle.NumPy },
        { null, null, Convention.NumPy, DocstringStyle.Google, DocstringStyle.NumPy },
        { null, null, Convention.Google, DocstringStyle.HuggingFace, DocstringStyle.HuggingFace },
        { null, null, Convention.Google, DocstringStyle.Sphinx, DocstringStyle.Google },
        { null, null, Convention.Pep257, DocstringStyle.NumPy, DocstringStyle.Plain },
        { null, null, Convention.None, DocstringStyle.Sphinx, DocstringStyle.Sphinx },
        { null, null, Convention.None, null, null },
    };

    [Theory]
    [MemberData(nameof(Choices))]
    public void The_setting_wins_then_the_repository_configuration_then_its_docstrings(
        DocstringStyle? setting, DocstringStyle? configured, Convention convention, DocstringStyle? majority, DocstringStyle? expected)
    {
        var file = new FileSettings { EnabledCodes = new HashSet<string>(), Style = configured, Convention = convention };
        Assert.Equal(expected, DraftStyle.Choose(setting, file, majority is { } style ? Census(style) : null));
    }

    [Fact]
    public void A_census_without_styled_docstrings_leaves_the_choice_to_drafting()
    {
        var plainOnly = Census(DocstringStyle.Plain);
        Assert.Null(DraftStyle.Choose(null, new FileSettings { EnabledCodes = new HashSet<string>() }, plainOnly));
    }

    /// <summary>
    /// CPython's logging.handlers documents with Sphinx fields while most of Lib writes Google sections: a
    /// docstring there that lost its only entry got a Google "Args:" section (a header outside the new entry, and
    /// unlike every neighbour). A measured repository style yields to the file's own; a configured one does not.
    /// </summary>
    [Theory]
    [InlineData(Convention.None, ":param factory: Set the factory.")]
    [InlineData(Convention.Google, "Args:\n        factory: Set the factory.")]
    public void A_file_whose_docstrings_show_another_style_than_the_repository_is_drafted_in_its_own(Convention convention, string expected)
    {
        const string source = """
            def rotate(source):
                '''Rotate.

                :param source: The source filename.
                '''


            def set_factory(factory):
                '''Set the factory.

                '''
            """;
        var module = ClawDev.Core.Python.PythonParser.Parse(source);
        var settings = new FileSettings { EnabledCodes = DraftingHarness.AllCodes, Convention = convention };
        var options = DraftingOptions.For(null, settings, Census(DocstringStyle.Google), null);
        var drafter = new DocstringDrafter(module, "pkg/mod.py", settings, options);

        var result = drafter.DocumentMissingParameters(module.AllDefinitions().First(d => d.Name == "set_factory"));

        Assert.Contains(expected, TextEdits.Apply(source, result.Edits));
    }

    private static StyleCensusResult Census(DocstringStyle style)
    {
        var census = new StyleCensus();
        census.Add(style);
        census.Add(style);
        return census.Result();
    }
}
